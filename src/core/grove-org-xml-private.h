/* grove-org-xml-private.h: the tables an organisation file holds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "grove-org-xml.h"

G_BEGIN_DECLS

#define GROVE_ORG_XML_ROOT "grove-organisation"

typedef struct {
  char       *name;
  GPtrArray  *columns;   /* (element-type utf8), in the table's order */
  GArray     *numeric;   /* (element-type gboolean): declared INTEGER or REAL */
  GHashTable *by_name;   /* column name -> index + 1 */
  char       *order_by;  /* the primary key, so that rows come out in a stable order */
} GroveOrgXmlTable;

void       _grove_org_xml_table_free (GroveOrgXmlTable *table);

/* Every table that holds data, in the order they were created (which is
 * an order their references allow); derived ones, kept by triggers, left
 * out. Shared: read it, never change it. */
GPtrArray *_grove_org_xml_list_tables (GroveStore *store,
                                       GError    **error);

G_END_DECLS
