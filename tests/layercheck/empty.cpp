// Nothing: the layer-check probe's targets need one source each.
