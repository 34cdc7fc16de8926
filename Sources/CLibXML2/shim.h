// libxml2's SAX2 push parser, read directly by LineupImport's XMLPushParser (the frab XML
// reader): Foundation's XMLParser over the same library reads a large schedule at under
// 100 MB/s, libxml2 alone at about 300 (ARCHITECTURE.md has the figures).
#include <libxml/xmlversion.h>
// Without ICU's headers: Foundation brings its own copy of ICU, and the two definitions of its
// types clash in one Swift module. Only the encoding handler's layout (never read here, only
// pointed to) depends on it.
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/SAX2.h>
