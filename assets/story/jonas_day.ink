// Chapter 2, Jonas's Friday: his loft, the gallery street and the Marrow Gallery
// (maps/jonas_loft.tmx, gallery_street.tmx, gallery.tmx). Being written.

=== jonas_day ===
-> DONE
