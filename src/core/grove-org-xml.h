/* grove-org-xml.h: everything in a database as one XML file, and back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "grove-store.h"

G_BEGIN_DECLS

#define GROVE_ORG_XML_ERROR (grove_org_xml_error_quark ())

typedef enum {
  GROVE_ORG_XML_ERROR_IO,        /* the file could not be read or written */
  GROVE_ORG_XML_ERROR_PARSE,     /* not well-formed, a DOCTYPE, too large */
  GROVE_ORG_XML_ERROR_INVALID,   /* well-formed, but not what Grove writes */
  GROVE_ORG_XML_ERROR_VERSION,   /* written by a Grove with another data version */
  GROVE_ORG_XML_ERROR_NOT_EMPTY, /* the database already holds an organisation */
} GroveOrgXmlError;

/* Far beyond the benchmark organisation (10,000 people, 1.4 million
 * ratings make about 150 MiB). */
#define GROVE_ORG_XML_DEFAULT_MAX_SIZE ((goffset) 1024 * 1024 * 1024)

typedef struct {
  guint tables; /* kinds of rows present in the file */
  guint rows;
} GroveOrgXmlResult;

GQuark   grove_org_xml_error_quark  (void);

gboolean grove_org_xml_export       (GroveStore         *store,
                                     GOutputStream      *output,
                                     GError            **error);
gboolean grove_org_xml_export_file  (GroveStore         *store,
                                     const char         *path,
                                     GError            **error);

gboolean grove_org_xml_import       (GroveStore         *store,
                                     GInputStream       *input,
                                     const char         *display_name,
                                     goffset             max_size,
                                     GroveOrgXmlResult  *result,
                                     GError            **error);
gboolean grove_org_xml_import_file  (GroveStore         *store,
                                     const char         *path,
                                     GroveOrgXmlResult  *result,
                                     GError            **error);

G_END_DECLS
