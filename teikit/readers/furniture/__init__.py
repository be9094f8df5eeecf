"""Recognition of document furniture: each line outside the running text gets a role from
named cues whose weights are a table fitted on the dev gold (`roles_table.json`).

`cues` says what a line looks like (form names, numbers, dates, sending and receipt words,
classification words, names, valedictions, lists, position relative to the running text);
`classifier` weighs the cues into a role with a score and the cues that decided it;
`training` fits the table from gold inventories and checks it by k-fold.
"""
