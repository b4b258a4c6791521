/* grove-conversations-status.c: a record's status, its sign-off and the
 * history of what changed after it, on the Conversations page
 *
 * Only the next step is offered (and back to draft from agreed, the one
 * step back the core allows); whether what the step needs has happened is
 * the core's to say, and its refusal is shown as it is written.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "grove-conversations-page-private.h"

static void
clear_list (GtkListBox *list)
{
  GtkListBoxRow *row;

  gtk_list_box_set_placeholder (list, NULL);
  while ((row = gtk_list_box_get_row_at_index (list, 0)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

static GtkWidget *
add_row (GtkListBox *list,
         const char *title,
         const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle != NULL ? subtitle : "");
  gtk_list_box_append (list, row);
  return row;
}

static GtkWidget *
new_button (const char *label,
            const char *action,
            GVariant   *target,
            gboolean    suggested)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *text = gtk_label_new (label);

  /* "Mark as End-year reviewed" beside a title would not fit a phone. */
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (text), 14);
  /* …but not a word to a line either, which the row's long subtitle would
   * otherwise squeeze it to. */
  gtk_label_set_width_chars (GTK_LABEL (text), MIN ((int) g_utf8_strlen (label, -1), 10));
  gtk_label_set_justify (GTK_LABEL (text), GTK_JUSTIFY_CENTER);
  gtk_button_set_child (GTK_BUTTON (button), text);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  if (target != NULL)
    gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  if (suggested)
    gtk_widget_add_css_class (button, "suggested-action");
  return button;
}

static void
add_signer_row (GroveConversationsPage *self,
                const GroveIpdr        *ipdr,
                GroveIpdrSigner         signer)
{
  const char *name = signer == GROVE_IPDR_SIGNER_PERSON ? ipdr->person_name : ipdr->manager_name;
  const char *signed_on = signer == GROVE_IPDR_SIGNER_PERSON ? ipdr->person_signed : ipdr->manager_signed;
  g_autofree char *date = grove_ipdr_format_date (signed_on);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *row;

  title = signer == GROVE_IPDR_SIGNER_PERSON
          /* Translators: %s is the person whose record it is */
          ? g_strdup_printf (_("Sign-off by %s"), name)
          /* Translators: %s is the line manager */
          : g_strdup_printf (_("Sign-off by %s, line manager"), name);
  if (date != NULL)
    subtitle = g_strdup_printf (_("Signed on %s"), date);
  else if (ipdr->status != GROVE_IPDR_END_YEAR_REVIEWED)
    subtitle = g_strdup (_("Not signed yet: both sign off after the end-year review"));
  else
    subtitle = g_strdup (_("Not signed yet"));
  row = add_row (self->signoff_list, title, subtitle);
  if (date == NULL && ipdr->status == GROVE_IPDR_END_YEAR_REVIEWED)
    {
      GtkWidget *button = new_button (_("Sign Off"), "conversations.sign-off", g_variant_new_int32 (signer), FALSE);

      /* Two buttons say "Sign Off": the name says for whom. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
}

static void
fill_signoff (GroveConversationsPage *self,
              const GroveIpdr        *ipdr)
{
  GtkWidget *row;
  const char *subtitle;

  clear_list (self->signoff_list);
  if (ipdr->locked)
    subtitle = _("Signed off by both and locked: changes are kept as amendments in the history");
  else if (ipdr->status == GROVE_IPDR_END_YEAR_REVIEWED)
    subtitle = _("Once both have signed off below, the record is locked and can be closed");
  else
    subtitle = _("A record moves one step at a time: draft, agreed, mid-year reviewed, end-year reviewed, closed");
  row = add_row (self->signoff_list, grove_ipdr_status_label (ipdr->status), subtitle);
  if (ipdr->locked)
    adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("system-lock-screen-symbolic"));
  if (ipdr->status == GROVE_IPDR_AGREED)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), new_button (_("Back to Draft"), "conversations.back-to-draft",
                                                                 NULL, FALSE));
  if (ipdr->status != GROVE_IPDR_CLOSED && (ipdr->status != GROVE_IPDR_END_YEAR_REVIEWED || ipdr->locked))
    {
      g_autofree char *label = NULL;

      if (ipdr->status == GROVE_IPDR_END_YEAR_REVIEWED)
        label = g_strdup (_("Close the Record"));
      else
        /* Translators: %s is the next status, such as “Agreed” */
        label = g_strdup_printf (_("Mark as %s"), grove_ipdr_status_label (ipdr->status + 1));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 new_button (label, "conversations.advance-status", NULL, TRUE));
    }
  add_signer_row (self, ipdr, GROVE_IPDR_SIGNER_PERSON);
  if (ipdr->manager_id != 0)
    add_signer_row (self, ipdr, GROVE_IPDR_SIGNER_MANAGER);
}

/* "20 Nov 2026 at 14:05" in local time, from the log's UTC. */
static char *
format_moment (const char *utc)
{
  g_autoptr(GDateTime) moment = g_date_time_new_from_iso8601 (utc, NULL);
  g_autoptr(GDateTime) local = NULL;

  if (moment == NULL)
    return g_strdup (utc);
  local = g_date_time_to_local (moment);
  /* Translators: a date and time, see the strftime() manual */
  return g_date_time_format (local, _("%-d %b %Y at %H:%M"));
}

static void
fill_history (GroveConversationsPage *self,
              const GroveIpdr        *ipdr)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) amendments = grove_ipdr_list_amendments (self->store, ipdr->id, &error);
  GtkWidget *placeholder = gtk_label_new (_("Nothing has been changed since sign-off"));

  clear_list (self->history_list);
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_list_box_set_placeholder (self->history_list, placeholder);
  if (amendments == NULL)
    {
      g_warning ("Could not read the amendments: %s", error->message);
      return;
    }
  /* Before sign-off there is no history to keep. */
  gtk_widget_set_visible (gtk_widget_get_ancestor (GTK_WIDGET (self->history_list), ADW_TYPE_PREFERENCES_GROUP),
                          ipdr->locked || amendments->len > 0);
  /* Newest first: the latest change is the one asked about. */
  for (guint i = amendments->len; i > 0; i--)
    {
      const GroveIpdrAmendment *amendment = g_ptr_array_index (amendments, i - 1);
      g_autofree char *when = format_moment (amendment->amended_at);
      g_autofree char *subtitle =
        /* Translators: who made a change, and when */
        g_strdup_printf (_("%s · %s"), amendment->by_name != NULL ? amendment->by_name : _("Someone unknown"), when);

      add_row (self->history_list, amendment->what, subtitle);
    }
}

void
_grove_conversations_page_fill_status (GroveConversationsPage *self,
                                       const GroveIpdr        *ipdr)
{
  fill_signoff (self, ipdr);
  fill_history (self, ipdr);
}

static void
move_to (GroveConversationsPage *self,
         GroveIpdrStatus         status)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (!grove_ipdr_set_status (self->store, self->ipdr_id, status, &error))
    {
      _grove_conversations_page_toast (self, error->message);
      return;
    }
  _grove_conversations_page_refresh (self);
  /* Translators: %s is the record's new status */
  message = g_strdup_printf (_("The record is now “%s”"), grove_ipdr_status_label (status));
  _grove_conversations_page_toast (self, message);
}

void
_grove_conversations_page_advance_status (GroveConversationsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveIpdr) ipdr = NULL;

  if (self->ipdr_id == 0)
    return;
  if ((ipdr = grove_ipdr_get (self->store, self->ipdr_id, &error)) == NULL)
    {
      _grove_conversations_page_toast (self, error->message);
      return;
    }
  if (ipdr->status != GROVE_IPDR_CLOSED)
    move_to (self, ipdr->status + 1);
}

void
_grove_conversations_page_back_to_draft (GroveConversationsPage *self)
{
  if (self->ipdr_id != 0)
    move_to (self, GROVE_IPDR_DRAFT);
}

void
_grove_conversations_page_sign_off (GroveConversationsPage *self,
                                    GroveIpdrSigner         signer)
{
  g_autoptr(GError) error = NULL;

  if (self->ipdr_id == 0)
    return;
  if (!grove_ipdr_sign (self->store, self->ipdr_id, signer, self->today, &error))
    {
      _grove_conversations_page_toast (self, error->message);
      return;
    }
  _grove_conversations_page_refresh (self);
  _grove_conversations_page_toast (self, self->locked ? _("Signed off by both: the record is locked")
                                                      : _("Signed off"));
}
