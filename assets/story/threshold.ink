// Chapter 7, the Threshold (maps/threshold.tmx): the light, the drifting, the final choice.

=== threshold ===
-> DONE

= arrive
~ threshold_begin()
-> DONE
