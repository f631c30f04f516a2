"""Pure-Python heart of Galley: document model, segmentation, checks, diff, operations. No Qt here."""
