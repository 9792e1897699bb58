"""Parley's core: corpus loading, chunking, embedding, the index and retrieval; no Telegram here."""
