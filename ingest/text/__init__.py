"""Text stages: normalisation, sentences, bylines, captions and datelines (offsets into the raw text)."""
