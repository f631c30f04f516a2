"""DOCX exchange with editors: reading Word files in, writing review documents out."""
