"""Qt-free domain: hardware, model files, fit, catalog, downloads, library, settings."""
