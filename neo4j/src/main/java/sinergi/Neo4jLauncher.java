package sinergi;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;

/**
 * Runs Neo4j 5.26 Community in this JVM and serves it over Bolt until the process is terminated.
 *
 * <p>The database lives under a persistent home directory (so data survives restarts and a
 * {@code neo4j-admin database import} into the same home is served on the next start). No HTTP
 * server is started: Sinergi only speaks Bolt.
 *
 * <p>Arguments: {@code --home DIR} (default {@code run/home}), {@code --bolt HOST:PORT} (default
 * {@code 127.0.0.1:7687}), {@code --pagecache SIZE} (default {@code 512m}). Authentication is on
 * when the environment variable {@code SINERGI_NEO4J_PASSWORD} is set (user {@code neo4j} gets
 * that password); it is read from the environment so it never shows in a process listing or log.
 */
public final class Neo4jLauncher {
    private Neo4jLauncher() {}

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable e) {
            System.out.println("sinergi-neo4j: failed to start: " + e);
            e.printStackTrace(System.out);
            System.out.flush();
            Runtime.getRuntime().halt(1);
        }
    }

    private static void run(String[] args) throws Exception {
        Map<String, String> opts = parse(args);
        Path home = Path.of(opts.getOrDefault("home", "run/home")).toAbsolutePath();
        String bolt = opts.getOrDefault("bolt", "127.0.0.1:7687");
        String pagecache = opts.getOrDefault("pagecache", "512m");
        String password = System.getenv("SINERGI_NEO4J_PASSWORD");
        boolean auth = password != null && !password.isEmpty();

        int colon = bolt.lastIndexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("--bolt must be HOST:PORT, got " + bolt);
        }
        SocketAddress address = new SocketAddress(bolt.substring(0, colon), Integer.parseInt(bolt.substring(colon + 1)));
        Files.createDirectories(home);

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, address)
                .setConfig(BoltConnector.advertised_address, address)
                .setConfig(GraphDatabaseSettings.auth_enabled, auth)
                .setConfig(GraphDatabaseSettings.pagecache_memory, parseBytes(pagecache))
                .build();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("sinergi-neo4j: shutting down");
            dbms.shutdown();
            stopped.countDown();
        }));
        if (auth) {
            setPassword(dbms, password);
        }
        System.out.println("sinergi-neo4j: ready on bolt://" + bolt + " (home " + home + ", auth "
                + (auth ? "on, user neo4j" : "off") + ")");
        System.out.flush();
        stopped.await();
    }

    /** Give user neo4j the password; a home kept from an earlier start may already have it. */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (QueryExecutionException e) {
            if (e.getMessage() == null || !e.getMessage().contains("Old password and new password cannot be the same")) {
                throw e;
            }
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> opts = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: Neo4jLauncher [--home DIR] [--bolt HOST:PORT] [--pagecache SIZE]");
            }
            opts.put(a.substring(2), args[++i]);
        }
        return opts;
    }

    private static long parseBytes(String size) {
        String s = size.trim().toLowerCase();
        long unit = 1;
        char last = s.charAt(s.length() - 1);
        if (last == 'k' || last == 'm' || last == 'g') {
            unit = last == 'k' ? 1L << 10 : last == 'm' ? 1L << 20 : 1L << 30;
            s = s.substring(0, s.length() - 1);
        }
        return Long.parseLong(s) * unit;
    }
}
