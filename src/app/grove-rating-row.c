/* grove-rating-row.c: one statement of a rating form, with its scale
 *
 * The scale is a row of linked toggle buttons, one per point of the
 * framework's scale and one for "not observed", so that every answer is a
 * single click or key: a digit picks that point, 0 or N "not observed",
 * and the form then moves on to the next statement. Up and Down move
 * between statements without answering. Typing in the evidence entry is
 * text, not answers: the entry keeps the keys it uses.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "grove-assessment.h"
#include "grove-rating-row.h"

struct _GroveRatingRow
{
  AdwPreferencesRow  parent_instance;

  gint64             statement_id;
  char              *number;
  GPtrArray         *buttons;  /* (element-type GtkToggleButton), in scale order, "not observed" last */
  GArray            *values;   /* (element-type int), the score of each button */

  GtkLabel          *number_label;
  GtkLabel          *statement_label;
  GtkWidget         *missing_icon;
  GtkWidget         *scale_box;
  GtkEditable       *evidence_entry;
};

G_DEFINE_FINAL_TYPE (GroveRatingRow, grove_rating_row, ADW_TYPE_PREFERENCES_ROW)

enum {
  PROP_0,
  PROP_ANSWERED,
  N_PROPS
};

enum {
  MOVE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static int
find_button (GroveRatingRow *self,
             int             score)
{
  for (guint i = 0; i < self->values->len; i++)
    if (g_array_index (self->values, int, i) == score)
      return (int) i;
  return -1;
}

static GtkToggleButton *
get_active_button (GroveRatingRow *self)
{
  for (guint i = 0; i < self->buttons->len; i++)
    if (gtk_toggle_button_get_active (g_ptr_array_index (self->buttons, i)))
      return g_ptr_array_index (self->buttons, i);
  return NULL;
}

static void
on_button_toggled_cb (GroveRatingRow  *self,
                      GtkToggleButton *button)
{
  /* A group sends two toggles for one change; the second one counts. */
  if (!gtk_toggle_button_get_active (button))
    return;
  grove_rating_row_set_missing (self, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANSWERED]);
}

static GtkWidget *
create_button (GroveRatingRow *self,
               const char     *key,
               const char     *label,
               int             score)
{
  GtkWidget *button = gtk_toggle_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *key_label = gtk_label_new (key);
  GtkWidget *caption = gtk_label_new (label);
  g_autofree char *accessible = g_strdup_printf ("%s, %s", key, label);

  gtk_widget_add_css_class (key_label, "heading");
  gtk_label_set_wrap (GTK_LABEL (caption), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (caption), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_justify (GTK_LABEL (caption), GTK_JUSTIFY_CENTER);
  gtk_label_set_max_width_chars (GTK_LABEL (caption), 12);
  gtk_widget_add_css_class (caption, "caption");
  gtk_box_append (GTK_BOX (box), key_label);
  gtk_box_append (GTK_BOX (box), caption);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);

  if (self->buttons->len > 0)
    gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), g_ptr_array_index (self->buttons, 0));
  g_signal_connect_object (button, "toggled", G_CALLBACK (on_button_toggled_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (self->scale_box), button);
  g_ptr_array_add (self->buttons, button);
  g_array_append_val (self->values, score);

  return button;
}

static gboolean
on_key_pressed_cb (GroveRatingRow        *self,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   GtkEventControllerKey *controller)
{
  gunichar c = g_unichar_tolower (gdk_keyval_to_unicode (keyval));
  gunichar not_observed = g_unichar_tolower (g_utf8_get_char (C_("rating key", "N")));

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;

  if (keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up)
    {
      g_signal_emit (self, signals[MOVE], 0, -1);
      return TRUE;
    }
  if (keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down)
    {
      g_signal_emit (self, signals[MOVE], 0, 1);
      return TRUE;
    }

  /* Keypad digits come as their own keyvals; their characters are digits.
   * N works in every language, beside the letter shown on the button. */
  if (c == '0' || c == 'n' || c == not_observed)
    {
      grove_rating_row_set_score (self, GROVE_RATING_NOT_OBSERVED);
      g_signal_emit (self, signals[MOVE], 0, 1);
      return TRUE;
    }
  if (c >= '1' && c <= '9' && grove_rating_row_set_score (self, (int) (c - '0')))
    {
      g_signal_emit (self, signals[MOVE], 0, 1);
      return TRUE;
    }

  return FALSE;
}

static void
grove_rating_row_dispose (GObject *object)
{
  GroveRatingRow *self = GROVE_RATING_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), GROVE_TYPE_RATING_ROW);

  G_OBJECT_CLASS (grove_rating_row_parent_class)->dispose (object);
}

static void
grove_rating_row_finalize (GObject *object)
{
  GroveRatingRow *self = GROVE_RATING_ROW (object);

  g_free (self->number);
  g_ptr_array_unref (self->buttons);
  g_array_unref (self->values);

  G_OBJECT_CLASS (grove_rating_row_parent_class)->finalize (object);
}

static void
grove_rating_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  GroveRatingRow *self = GROVE_RATING_ROW (object);

  switch (prop_id)
    {
    case PROP_ANSWERED:
      g_value_set_boolean (value, grove_rating_row_get_answered (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
grove_rating_row_class_init (GroveRatingRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = grove_rating_row_dispose;
  object_class->finalize = grove_rating_row_finalize;
  object_class->get_property = grove_rating_row_get_property;

  properties[PROP_ANSWERED] =
    g_param_spec_boolean ("answered", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * GroveRatingRow::move:
   * @delta: 1 for the next statement, -1 for the one before
   *
   * Asks the form to move the focus to another statement.
   */
  signals[MOVE] =
    g_signal_new ("move", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/grove-rating-row.ui");
  gtk_widget_class_bind_template_child (widget_class, GroveRatingRow, number_label);
  gtk_widget_class_bind_template_child (widget_class, GroveRatingRow, statement_label);
  gtk_widget_class_bind_template_child (widget_class, GroveRatingRow, missing_icon);
  gtk_widget_class_bind_template_child (widget_class, GroveRatingRow, scale_box);
  gtk_widget_class_bind_template_child (widget_class, GroveRatingRow, evidence_entry);
}

static void
grove_rating_row_init (GroveRatingRow *self)
{
  GtkEventController *keys;

  self->buttons = g_ptr_array_new ();
  self->values = g_array_new (FALSE, FALSE, sizeof (int));

  gtk_widget_init_template (GTK_WIDGET (self));

  /* On the scale only: the entry below takes digits as text. */
  keys = gtk_event_controller_key_new ();
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (self->scale_box, keys);
}

/**
 * grove_rating_row_new:
 * @number: how the form numbers the statement, such as "2.3"
 *
 * Returns: (transfer floating): a row with no answer
 */
GtkWidget *
grove_rating_row_new (const GroveFramework          *framework,
                      const GroveFrameworkStatement *statement,
                      const char                    *number)
{
  GroveRatingRow *self;

  g_return_val_if_fail (framework != NULL, NULL);
  g_return_val_if_fail (statement != NULL, NULL);

  self = g_object_new (GROVE_TYPE_RATING_ROW, "title", statement->text, NULL);
  self->statement_id = statement->id;
  self->number = g_strdup (number);
  gtk_label_set_label (self->number_label, number);
  gtk_label_set_label (self->statement_label, statement->text);

  for (guint i = 0; i < framework->scale->len; i++)
    {
      const GroveFrameworkScalePoint *point = g_ptr_array_index (framework->scale, i);
      g_autofree char *key = g_strdup_printf ("%d", point->value);

      create_button (self, key, point->label, point->value);
    }
  /* Translators: the key that marks a statement "not observed" on the
   * rating form; shown on its button. */
  create_button (self, C_("rating key", "N"), framework->not_observed_label, GROVE_RATING_NOT_OBSERVED);

  return GTK_WIDGET (self);
}

gint64
grove_rating_row_get_statement_id (GroveRatingRow *self)
{
  g_return_val_if_fail (GROVE_IS_RATING_ROW (self), 0);

  return self->statement_id;
}

const char *
grove_rating_row_get_number (GroveRatingRow *self)
{
  g_return_val_if_fail (GROVE_IS_RATING_ROW (self), NULL);

  return self->number;
}

/* Answered: a point of the scale, or "not observed", is chosen. */
gboolean
grove_rating_row_get_answered (GroveRatingRow *self)
{
  g_return_val_if_fail (GROVE_IS_RATING_ROW (self), FALSE);

  return get_active_button (self) != NULL;
}

/**
 * grove_rating_row_get_score:
 *
 * Returns: the chosen point, %GROVE_RATING_NOT_OBSERVED, or any value when
 *   the statement is not answered (see grove_rating_row_get_answered())
 */
int
grove_rating_row_get_score (GroveRatingRow *self)
{
  GtkToggleButton *active;

  g_return_val_if_fail (GROVE_IS_RATING_ROW (self), GROVE_RATING_NOT_OBSERVED);

  active = get_active_button (self);
  for (guint i = 0; active != NULL && i < self->buttons->len; i++)
    if (g_ptr_array_index (self->buttons, i) == active)
      return g_array_index (self->values, int, i);
  return GROVE_RATING_NOT_OBSERVED;
}

/**
 * grove_rating_row_set_score:
 * @score: a point of the scale, or %GROVE_RATING_NOT_OBSERVED
 *
 * Returns: FALSE if @score is not on the scale; nothing changes then
 */
gboolean
grove_rating_row_set_score (GroveRatingRow *self,
                            int             score)
{
  int index;

  g_return_val_if_fail (GROVE_IS_RATING_ROW (self), FALSE);

  if ((index = find_button (self, score)) < 0)
    return FALSE;
  gtk_toggle_button_set_active (g_ptr_array_index (self->buttons, index), TRUE);
  return TRUE;
}

/**
 * grove_rating_row_dup_evidence:
 *
 * Returns: (transfer full) (nullable): the note, trimmed, or %NULL if none
 */
char *
grove_rating_row_dup_evidence (GroveRatingRow *self)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (GROVE_IS_RATING_ROW (self), NULL);

  text = g_strstrip (g_strdup (gtk_editable_get_text (self->evidence_entry)));
  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

void
grove_rating_row_set_evidence (GroveRatingRow *self,
                               const char     *evidence)
{
  g_return_if_fail (GROVE_IS_RATING_ROW (self));

  gtk_editable_set_text (self->evidence_entry, evidence != NULL ? evidence : "");
}

/* Marks the statement as one that still needs an answer. */
void
grove_rating_row_set_missing (GroveRatingRow *self,
                              gboolean        missing)
{
  g_return_if_fail (GROVE_IS_RATING_ROW (self));

  gtk_widget_set_visible (self->missing_icon, missing);
  if (missing)
    gtk_widget_add_css_class (GTK_WIDGET (self), "missing");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "missing");
}

/* Ready for the next respondent: no answer, no note, no mark. */
void
grove_rating_row_clear (GroveRatingRow *self)
{
  GtkToggleButton *active;

  g_return_if_fail (GROVE_IS_RATING_ROW (self));

  if ((active = get_active_button (self)) != NULL)
    {
      gtk_toggle_button_set_active (active, FALSE);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANSWERED]);
    }
  gtk_editable_set_text (self->evidence_entry, "");
  grove_rating_row_set_missing (self, FALSE);
}

/* Focuses the chosen answer, or the first point when there is none. */
gboolean
grove_rating_row_focus_scale (GroveRatingRow *self)
{
  GtkToggleButton *active;

  g_return_val_if_fail (GROVE_IS_RATING_ROW (self), FALSE);

  active = get_active_button (self);
  if (active == NULL && self->buttons->len > 0)
    active = g_ptr_array_index (self->buttons, 0);
  return active != NULL && gtk_widget_grab_focus (GTK_WIDGET (active));
}
