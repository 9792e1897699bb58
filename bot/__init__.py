"""Parley's Telegram layer: thin async handlers over the index core."""
