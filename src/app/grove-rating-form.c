/* grove-rating-form.c: one respondent's answers for one team in one round
 *
 * A facilitator types in paper forms, or passes the laptop round the
 * room: each submission is one anonymous response, stored in one
 * transaction, and the form is cleared at once for the next person. Nothing
 * about who answered is kept, not even in the form: clearing it leaves no
 * trace of the answers before.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "grove-framework.h"
#include "grove-rating-form.h"

/* The missing statements named in the message; the rest are marked only. */
#define MAX_NAMED_MISSING 8

struct _GroveRatingForm
{
  AdwWindow        parent_instance;

  GroveStore      *store;
  GroveRound      *round;
  gint64           unit_id;
  char            *unit_name;
  GPtrArray       *rows;  /* (element-type GroveRatingRow), in framework order */
  gboolean         discard;  /* the answers on the form may be let go of */

  AdwToastOverlay *toast_overlay;
  AdwWindowTitle  *window_title;
  GtkWidget       *submit_button;
  GtkRevealer     *problem_revealer;
  GtkLabel        *problem_label;
  AdwPreferencesPage *page;
};

G_DEFINE_FINAL_TYPE (GroveRatingForm, grove_rating_form, ADW_TYPE_WINDOW)

enum {
  SUBMITTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_progress (GroveRatingForm *self)
{
  g_autofree char *subtitle = NULL;
  guint answered = 0;

  for (guint i = 0; i < self->rows->len; i++)
    if (grove_rating_row_get_answered (g_ptr_array_index (self->rows, i)))
      answered++;

  /* Translators: the rating form's subtitle: the round, then how many of
   * the statements have an answer. */
  subtitle = g_strdup_printf (_("%s · %u of %u answered"), self->round->title, answered, self->rows->len);
  adw_window_title_set_subtitle (self->window_title, subtitle);
}

static void
show_problem (GroveRatingForm *self,
              const char      *message)
{
  gtk_label_set_label (self->problem_label, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (self->problem_revealer, message != NULL);
}

static void
on_row_answered_cb (GroveRatingForm *self)
{
  update_progress (self);
}

static void
on_row_move_cb (GroveRatingForm *self,
                int              delta,
                GroveRatingRow  *row)
{
  guint index;

  if (!g_ptr_array_find (self->rows, row, &index))
    return;
  if ((int) index + delta < 0)
    return;
  if (index + delta < self->rows->len)
    grove_rating_row_focus_scale (g_ptr_array_index (self->rows, index + delta));
  else
    /* After the last statement, the next thing to do is to submit. */
    gtk_widget_grab_focus (self->submit_button);
}

static void
add_condition (GroveRatingForm               *self,
               const GroveFramework          *framework,
               const GroveFrameworkCondition *condition,
               guint                          number)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  g_autofree char *title = g_strdup_printf ("%u. %s", number, condition->title);

  adw_preferences_group_set_title (group, title);
  if (condition->description != NULL)
    adw_preferences_group_set_description (group, condition->description);

  for (guint s = 0; s < condition->statements->len; s++)
    {
      g_autofree char *label = g_strdup_printf ("%u.%u", number, s + 1);
      GtkWidget *row = grove_rating_row_new (framework, g_ptr_array_index (condition->statements, s), label);

      g_signal_connect_object (row, "notify::answered", G_CALLBACK (on_row_answered_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (row, "move", G_CALLBACK (on_row_move_cb), self, G_CONNECT_SWAPPED);
      adw_preferences_group_add (group, row);
      g_ptr_array_add (self->rows, row);
    }
  adw_preferences_page_add (self->page, group);
}

static char *
describe_missing (GroveRatingForm *self,
                  GPtrArray       *missing)
{
  g_autoptr(GString) numbers = g_string_new (NULL);

  for (guint i = 0; i < missing->len && i < MAX_NAMED_MISSING; i++)
    {
      if (i > 0)
        g_string_append (numbers, _(", "));
      g_string_append (numbers, grove_rating_row_get_number (g_ptr_array_index (missing, i)));
    }
  if (missing->len > MAX_NAMED_MISSING)
    g_string_append (numbers, _(" and more"));

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u statement has no answer yet: %s. Choose a point of the scale, or “Not observed”, for it; nothing was saved.",
                                       "%u statements have no answer yet: %s. Choose a point of the scale, or “Not observed”, for each; nothing was saved.",
                                       missing->len),
                          missing->len, numbers->str);
}

/* Marks what is missing and says so; TRUE when every statement is answered. */
static gboolean
check_complete (GroveRatingForm *self)
{
  g_autoptr(GPtrArray) missing = g_ptr_array_new ();
  g_autofree char *message = NULL;

  for (guint i = 0; i < self->rows->len; i++)
    {
      GroveRatingRow *row = g_ptr_array_index (self->rows, i);
      gboolean answered = grove_rating_row_get_answered (row);

      grove_rating_row_set_missing (row, !answered);
      if (!answered)
        g_ptr_array_add (missing, row);
    }
  if (missing->len == 0)
    return TRUE;

  message = describe_missing (self, missing);
  show_problem (self, message);
  grove_rating_row_focus_scale (g_ptr_array_index (missing, 0));
  return FALSE;
}

static GroveResponse *
collect_response (GroveRatingForm *self)
{
  GroveResponse *response = grove_response_new (self->round->id, self->unit_id);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  response->submitted = g_date_time_format (now, "%Y-%m-%d");
  for (guint i = 0; i < self->rows->len; i++)
    {
      GroveRatingRow *row = g_ptr_array_index (self->rows, i);
      g_autofree char *evidence = grove_rating_row_dup_evidence (row);

      grove_response_add_rating (response, grove_rating_row_get_statement_id (row),
                                 grove_rating_row_get_score (row), evidence);
    }
  return response;
}

static void
clear_form (GroveRatingForm *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    grove_rating_row_clear (g_ptr_array_index (self->rows, i));
  show_problem (self, NULL);
  if (self->rows->len > 0)
    grove_rating_row_focus_scale (g_ptr_array_index (self->rows, 0));
}

static gboolean
has_answers (GroveRatingForm *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      GroveRatingRow *row = g_ptr_array_index (self->rows, i);
      g_autofree char *evidence = grove_rating_row_dup_evidence (row);

      if (grove_rating_row_get_answered (row) || evidence != NULL)
        return TRUE;
    }
  return FALSE;
}

static gboolean
close_cb (gpointer data)
{
  gtk_window_close (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

static void
on_discard_response_cb (GroveRatingForm  *self,
                        const char       *response,
                        AdwMessageDialog *dialog)
{
  if (g_strcmp0 (response, "discard") != 0)
    return;
  self->discard = TRUE;
  /* Once the question has closed itself: it belongs to this window. */
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_cb, g_object_ref (self), g_object_unref);
}

/* One person's answers can take ten minutes to give: Escape pressed by
 * mistake must not lose them. */
static gboolean
grove_rating_form_close_request (GtkWindow *window)
{
  GroveRatingForm *self = GROVE_RATING_FORM (window);
  AdwMessageDialog *dialog;

  if (self->discard || !has_answers (self))
    return GTK_WINDOW_CLASS (grove_rating_form_parent_class)->close_request (window);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window, _("Discard These Answers?"),
                                                      _("The answers on the form have not been submitted, "
                                                        "and closing the form loses them.")));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Keep Editing"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_discard_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

/* Says how many have answered, so that whoever types the answers in knows
 * when the team has enough for its results to be shown. */
static void
show_saved (GroveRatingForm *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint count;

  if (grove_assessment_count_responses (self->store, self->round->id, self->unit_id, &count, &error))
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "Answers saved: %u person has answered for %s in this round.",
                                            "Answers saved: %u people have answered for %s in this round.",
                                            count),
                               count, self->unit_name);
  else
    message = g_strdup (_("Answers saved."));
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

static void
submit_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  grove_rating_form_submit (GROVE_RATING_FORM (widget));
}

static void
grove_rating_form_dispose (GObject *object)
{
  GroveRatingForm *self = GROVE_RATING_FORM (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), GROVE_TYPE_RATING_FORM);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (grove_rating_form_parent_class)->dispose (object);
}

static void
grove_rating_form_finalize (GObject *object)
{
  GroveRatingForm *self = GROVE_RATING_FORM (object);

  g_clear_pointer (&self->round, grove_round_free);
  g_free (self->unit_name);
  g_ptr_array_unref (self->rows);

  G_OBJECT_CLASS (grove_rating_form_parent_class)->finalize (object);
}

static void
grove_rating_form_class_init (GroveRatingFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = grove_rating_form_dispose;
  object_class->finalize = grove_rating_form_finalize;

  window_class->close_request = grove_rating_form_close_request;

  /**
   * GroveRatingForm::submitted:
   * @response_id: the response just stored
   *
   * A response is stored; the figures of its team and round have changed.
   */
  signals[SUBMITTED] =
    g_signal_new ("submitted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_install_action (widget_class, "rating.submit", NULL, submit_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "rating.submit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "rating.submit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  g_type_ensure (GROVE_TYPE_RATING_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/grove-rating-form.ui");
  gtk_widget_class_bind_template_child (widget_class, GroveRatingForm, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, GroveRatingForm, window_title);
  gtk_widget_class_bind_template_child (widget_class, GroveRatingForm, submit_button);
  gtk_widget_class_bind_template_child (widget_class, GroveRatingForm, problem_revealer);
  gtk_widget_class_bind_template_child (widget_class, GroveRatingForm, problem_label);
  gtk_widget_class_bind_template_child (widget_class, GroveRatingForm, page);
}

static void
grove_rating_form_init (GroveRatingForm *self)
{
  self->rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * grove_rating_form_new:
 * @round: the round the answers belong to
 * @unit_id: a team
 * @unit_name: the team's name, for the title
 *
 * Returns: (transfer none): a new form, owned by GTK until it is closed, or
 *   %NULL with @error set when the round's framework cannot be read
 */
GroveRatingForm *
grove_rating_form_new (GtkWindow        *parent,
                       GroveStore       *store,
                       const GroveRound *round,
                       gint64            unit_id,
                       const char       *unit_name,
                       GError          **error)
{
  g_autoptr(GroveFramework) framework = NULL;
  g_autofree char *title = NULL;
  GroveRatingForm *self;

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);
  g_return_val_if_fail (round != NULL, NULL);
  g_return_val_if_fail (unit_name != NULL, NULL);

  if ((framework = grove_framework_get (store, round->framework_id, error)) == NULL)
    return NULL;

  /* Translators: the rating form's title; %s is a team. */
  title = g_strdup_printf (_("Rate %s"), unit_name);
  self = g_object_new (GROVE_TYPE_RATING_FORM,
                       "transient-for", parent,
                       "modal", TRUE,
                       "title", title,
                       NULL);
  self->store = g_object_ref (store);
  self->round = grove_round_new (round->title, round->framework_id, round->opens, round->closes);
  self->round->id = round->id;
  self->unit_id = unit_id;
  self->unit_name = g_strdup (unit_name);
  adw_window_title_set_title (self->window_title, title);

  for (guint c = 0; c < framework->conditions->len; c++)
    add_condition (self, framework, g_ptr_array_index (framework->conditions, c), c + 1);
  update_progress (self);
  if (self->rows->len > 0)
    grove_rating_row_focus_scale (g_ptr_array_index (self->rows, 0));

  return self;
}

guint
grove_rating_form_get_n_rows (GroveRatingForm *self)
{
  g_return_val_if_fail (GROVE_IS_RATING_FORM (self), 0);

  return self->rows->len;
}

/**
 * grove_rating_form_get_row:
 *
 * Returns: (transfer none): the row of the @index-th statement
 */
GroveRatingRow *
grove_rating_form_get_row (GroveRatingForm *self,
                           guint            index)
{
  g_return_val_if_fail (GROVE_IS_RATING_FORM (self), NULL);
  g_return_val_if_fail (index < self->rows->len, NULL);

  return g_ptr_array_index (self->rows, index);
}

/**
 * grove_rating_form_get_problem:
 *
 * Returns: (nullable): what the form says stopped the last submission
 */
const char *
grove_rating_form_get_problem (GroveRatingForm *self)
{
  g_return_val_if_fail (GROVE_IS_RATING_FORM (self), NULL);

  return gtk_revealer_get_reveal_child (self->problem_revealer)
         ? gtk_label_get_label (self->problem_label) : NULL;
}

/**
 * grove_rating_form_submit:
 *
 * Stores the answers as one response, in one transaction, and clears the
 * form; or, when a statement has no answer or the store refuses, says why
 * and stores nothing.
 *
 * Returns: whether the answers were stored
 */
gboolean
grove_rating_form_submit (GroveRatingForm *self)
{
  g_autoptr(GroveResponse) response = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  g_return_val_if_fail (GROVE_IS_RATING_FORM (self), FALSE);

  if (!check_complete (self))
    return FALSE;

  response = collect_response (self);
  if ((id = grove_assessment_add_response (self->store, response, &error)) == 0)
    {
      show_problem (self, error->message);
      return FALSE;
    }

  clear_form (self);
  show_saved (self);
  g_signal_emit (self, signals[SUBMITTED], 0, id);
  return TRUE;
}
