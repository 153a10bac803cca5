"""Analytics over the model: target gaps, schedule progress, completion rates, trends."""
