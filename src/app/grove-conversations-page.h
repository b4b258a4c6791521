/* grove-conversations-page.h: a manager's team and their IPDR conversations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "grove-store.h"

G_BEGIN_DECLS

#define GROVE_TYPE_CONVERSATIONS_PAGE (grove_conversations_page_get_type ())
G_DECLARE_FINAL_TYPE (GroveConversationsPage, grove_conversations_page, GROVE, CONVERSATIONS_PAGE, AdwBin)

GtkWidget  *grove_conversations_page_new                (void);
void        grove_conversations_page_set_store          (GroveConversationsPage *self,
                                                         GroveStore             *store);
gint64      grove_conversations_page_get_signed_in_person (GroveConversationsPage *self);
void        grove_conversations_page_set_signed_in_person (GroveConversationsPage *self,
                                                           gint64                  person_id);
/* The day the records and agendas are for; today unless set. */
void        grove_conversations_page_set_today          (GroveConversationsPage *self,
                                                         const char             *today);
gboolean    grove_conversations_page_export_pdf_to      (GroveConversationsPage *self,
                                                         GFile                  *file,
                                                         GError                **error);
gboolean    grove_conversations_page_export_reviews_to  (GroveConversationsPage *self,
                                                         GFile                  *file,
                                                         GError                **error);
GtkPrintOperation *grove_conversations_page_new_print_operation (GroveConversationsPage *self,
                                                                GError                **error);
void        grove_conversations_page_reload             (GroveConversationsPage *self);

G_END_DECLS
