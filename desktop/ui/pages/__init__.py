"""The window's pages: Models (library, catalog, Hub) and Compare (the playground)."""
