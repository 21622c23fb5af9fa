"""SLM Playground: try, fit and compare small language models on your own computer."""

__version__ = "0.1.0"
APP_NAME = "SLM Playground"
