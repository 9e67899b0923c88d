"""Clinical logic a programmer applies: calculators, forecasts, review, refill, titration,
delivery history and the session report."""
