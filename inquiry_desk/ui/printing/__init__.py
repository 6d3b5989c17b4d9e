"""Documents going out: the print preview, batch printing and the menu actions that open them.
Printing and saving go through the documents service's `DocumentDelivery`."""
