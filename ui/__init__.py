"""The Streamlit explorer: one module per view, plus shared state, text and graph helpers."""
