"""Will a model fit and run well here: memory estimate, speed forecast, verdict, scheduling."""
