/* grove-culture-page.c: learning-culture results by unit and round
 *
 * The organisation's units are in the sidebar; the chosen unit's results
 * for the chosen round are drawn as a radar chart with the same figures in
 * a table beside it, or, for the whole round, as a heat map of teams by
 * conditions; or the unit's learning needs from this year's IPDRs. A unit
 * too small to be shown says so, and why, instead.
 *
 * Roll-ups are computed once per round and kept: stepping through units in
 * a meeting must not wait on the database.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "grove-assessment.h"
#include "grove-condition-result.h"
#include "grove-culture-chart.h"
#include "grove-culture-heatmap.h"
#include "grove-culture-suppression.h"
#include "grove-culture-page-private.h"
#include "grove-culture-unit.h"
#include "grove-org.h"

/* The sidebar's width and its separator, as in the template. */
#define SIDEBAR_WIDTH      261
/* Below this width of the content the table goes under the chart rather
 * than beside it, where the chart would be too small to read. */
#define SIDE_BY_SIDE_WIDTH 960
/* Below this width the toolbar takes two rows. Both layouts start narrow
 * in the template and widen only where the wide one fits, so that neither
 * holds the window wider than it needs to be. */
#define ONE_ROW_WIDTH      640

G_DEFINE_FINAL_TYPE (GroveCulturePage, grove_culture_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_COMPARE_ORGANISATION,
  PROP_COMPARE_PREVIOUS,
  PROP_COMPARE_TARGET,
  PROP_VIEW,
  PROP_ANONYMITY_THRESHOLD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GroveCultureUnit *
get_selected_unit (GroveCulturePage *self)
{
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (self->unit_selection);

  return row != NULL ? gtk_tree_list_row_get_item (row) : NULL;
}

const GroveRound *
_grove_culture_page_get_round (GroveCulturePage *self)
{
  guint index = gtk_drop_down_get_selected (self->round_dropdown);

  if (self->rounds == NULL || index >= self->rounds->len)
    return NULL;
  return g_ptr_array_index (self->rounds, index);
}

static const GroveRollup *
get_rollup (GroveCulturePage *self,
            gint64            round_id)
{
  g_autoptr(GError) error = NULL;
  GroveRollup *rollup;

  if ((rollup = g_hash_table_lookup (self->rollups, &round_id)) != NULL)
    return rollup;

  rollup = grove_rollup_compute (self->store, round_id, self->threshold, &error);
  if (rollup == NULL)
    {
      g_warning ("Could not work out the results of the round: %s", error->message);
      return NULL;
    }
  g_hash_table_insert (self->rollups, g_memdup2 (&round_id, sizeof round_id), rollup);

  return rollup;
}

static const GroveRollup *
get_previous_rollup (GroveCulturePage  *self,
                     const GroveRollup *rollup)
{
  const GroveRound *previous = grove_rollup_get_previous_round (rollup);

  return previous != NULL ? get_rollup (self, previous->id) : NULL;
}

static GroveCultureCompare
get_compare (GroveCulturePage *self)
{
  return (self->compare_organisation ? GROVE_CULTURE_COMPARE_ORGANISATION : 0) |
         (self->compare_previous ? GROVE_CULTURE_COMPARE_PREVIOUS : 0) |
         (self->compare_target ? GROVE_CULTURE_COMPARE_TARGET : 0);
}

static void
mark_suppressed (GroveCulturePage  *self,
                 const GroveRollup *rollup)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->units);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      GroveCultureUnit *unit = value;
      const GroveRollupUnit *shown = grove_rollup_find_unit (rollup, grove_culture_unit_get_id (unit));
      g_autofree char *reason = NULL;

      if (shown != NULL && shown->suppression != GROVE_SUPPRESSION_NONE)
        reason = grove_culture_describe_suppression (shown, grove_rollup_get_threshold (rollup));
      grove_culture_unit_set_suppressed (unit, shown == NULL || shown->suppression != GROVE_SUPPRESSION_NONE);
      grove_culture_unit_set_suppressed_reason (unit, reason);
    }
}

static void
fill_results (GroveCulturePage  *self,
              const GroveRollup *rollup,
              gint64             unit_id)
{
  const GroveFramework *framework = grove_rollup_get_framework (rollup);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *note = NULL;

  for (guint c = 0; unit_id != 0 && c < framework->conditions->len; c++)
    {
      const GroveFrameworkCondition *condition = g_ptr_array_index (framework->conditions, c);
      const GroveRollupFigures *figures = grove_rollup_get_condition (rollup, unit_id, c);

      if (figures != NULL)
        g_ptr_array_add (rows, grove_condition_result_new (condition->title, figures));
    }
  g_list_store_splice (self->condition_results, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->condition_results)),
                       rows->pdata, rows->len);

  note = g_strdup_printf (_("Mean on the scale of %d to %d. Positive: the share of answers on the top two points. Change: since the previous round."),
                          grove_framework_scale_min (framework), grove_framework_scale_max (framework));
  gtk_label_set_label (self->table_note, note);
}

static void
show_content (GroveCulturePage *self,
              gboolean          suppressed)
{
  const char *name = "chart";

  if (g_strcmp0 (self->view, "heatmap") == 0 || g_strcmp0 (self->view, "needs") == 0)
    name = self->view;
  else if (suppressed)
    name = "suppressed";
  gtk_stack_set_visible_child_name (self->content_stack, name);
}

void
_grove_culture_page_update_actions (GroveCulturePage *self)
{
  gboolean has_chart = grove_radar_view_get_chart (self->radar_view) != NULL;
  gboolean on_radar = g_strcmp0 (self->view, "radar") == 0;
  GroveCultureUnit *unit = get_selected_unit (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "culture.export", has_chart && on_radar);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "culture.copy-chart", has_chart && on_radar);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "culture.present",
                                 unit != NULL && gtk_widget_get_mapped (GTK_WIDGET (self)));
  /* Answers belong to a team: directorates are rolled up from theirs. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "culture.rate",
                                 unit != NULL && grove_culture_unit_get_kind (unit) == GROVE_ORG_UNIT_TEAM &&
                                 _grove_culture_page_get_round (self) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "culture.new-round", self->store != NULL);
}

/* Drops the figures worked out so far, after new answers or a new
 * threshold, and shows them afresh. */
void
_grove_culture_page_forget_results (GroveCulturePage *self)
{
  g_hash_table_remove_all (self->rollups);
  self->heatmap_round_id = 0;
  _grove_culture_page_refresh (self);
}

/* A round with no teams to rate is as empty as no round: it says what
 * comes first. */
static void
show_empty (GroveCulturePage *self,
            gboolean          has_round)
{
  adw_status_page_set_title (self->empty_page, has_round ? _("No Teams Yet") : _("No Survey Results Yet"));
  adw_status_page_set_description (self->empty_page,
                                   has_round
                                   ? _("Answers are given team by team, and this database has no teams yet. "
                                       "Add the organisation first: the People page can add a made-up one to try Grove with.")
                                   : _("Import the answers to a learning-culture survey to see how each team is doing, "
                                       "or start a round and type the answers in."));
  gtk_widget_set_visible (self->empty_new_round_button, !has_round);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

/* Shows the selected unit in the selected round, everywhere it is shown. */
void
_grove_culture_page_refresh (GroveCulturePage *self)
{
  const GroveRound *round = _grove_culture_page_get_round (self);
  GroveCultureUnit *unit = get_selected_unit (self);
  const GroveRollup *rollup = round != NULL ? get_rollup (self, round->id) : NULL;
  const GroveRollupUnit *shown = NULL;
  g_autofree char *reason = NULL;
  gint64 unit_id = unit != NULL ? grove_culture_unit_get_id (unit) : 0;

  if (rollup == NULL || g_hash_table_size (self->units) == 0)
    {
      show_empty (self, rollup != NULL);
      _grove_culture_page_update_actions (self);
      return;
    }
  gtk_stack_set_visible_child_name (self->stack, "culture");

  if (self->heatmap_round_id != round->id)
    {
      self->heatmap_round_id = round->id;
      mark_suppressed (self, rollup);
      grove_heatmap_view_set_heatmap (self->heatmap_view, grove_culture_heatmap_new (rollup));
      grove_heatmap_table_set_heatmap (self->heatmap_table, grove_heatmap_view_get_heatmap (self->heatmap_view));
    }

  shown = grove_rollup_find_unit (rollup, unit_id);
  if (shown != NULL && shown->suppression != GROVE_SUPPRESSION_NONE)
    {
      reason = grove_culture_describe_suppression (shown, grove_rollup_get_threshold (rollup));
      adw_status_page_set_description (self->suppressed_page, reason);
    }

  grove_radar_view_set_chart (self->radar_view,
                              reason == NULL && shown != NULL
                              ? grove_culture_chart_new (rollup, get_previous_rollup (self, rollup), unit_id, get_compare (self))
                              : NULL);
  fill_results (self, rollup, reason == NULL ? unit_id : 0);
  if (g_strcmp0 (self->view, "needs") == 0)
    grove_needs_view_set_unit (self->needs_view, unit_id);
  show_content (self, reason != NULL);

  if (self->present_window != NULL)
    grove_present_window_show (self->present_window,
                               reason == NULL && shown != NULL
                               ? grove_culture_chart_new (rollup, get_previous_rollup (self, rollup), unit_id, get_compare (self))
                               : NULL,
                               shown != NULL ? shown->name : NULL,
                               round->title, reason);
  _grove_culture_page_update_actions (self);
}

static void
on_unit_selected_cb (GroveCulturePage *self)
{
  _grove_culture_page_refresh (self);
}

static void
on_unit_activated_cb (GroveCulturePage *self,
                      guint             position)
{
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
on_round_selected_cb (GroveCulturePage *self)
{
  _grove_culture_page_refresh (self);
}

static void
on_back_clicked_cb (GroveCulturePage *self)
{
  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
}

static void
on_folded_cb (GroveCulturePage *self)
{
  gtk_widget_set_visible (self->back_button, adw_leaflet_get_folded (self->leaflet));
}

static void
on_change_setup_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 1.0);
  gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
on_change_bind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  user_data)
{
  GroveConditionResult *result = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  g_autofree char *text = NULL;
  double change = grove_condition_result_get_change (result);
  gboolean has_change = grove_condition_result_has_change (result) && !isnan (change);

  g_object_get (result, "change-text", &text, NULL);
  gtk_label_set_label (GTK_LABEL (label), text);
  gtk_widget_remove_css_class (label, "success");
  gtk_widget_remove_css_class (label, "error");
  gtk_widget_remove_css_class (label, "dim-label");
  if (has_change && round (change * 10) > 0)
    gtk_widget_add_css_class (label, "success");
  else if (has_change && round (change * 10) < 0)
    gtk_widget_add_css_class (label, "error");
  else
    gtk_widget_add_css_class (label, "dim-label");

  if (!has_change)
    gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, _("No earlier round to compare with"),
                                    -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL);
}

static void
grove_culture_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (grove_culture_page_parent_class)->map (widget);

  _grove_culture_page_update_actions (GROVE_CULTURE_PAGE (widget));
}

static void
grove_culture_page_unmap (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (grove_culture_page_parent_class)->unmap (widget);

  /* F5 belongs to whichever page is shown. */
  gtk_widget_action_set_enabled (widget, "culture.present", FALSE);
}

static void
grove_culture_page_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  GroveCulturePage *self = GROVE_CULTURE_PAGE (widget);
  int height_request;
  int content = adw_leaflet_get_folded (self->leaflet) ? width : width - SIDEBAR_WIDTH;
  GtkOrientation charts = content >= SIDE_BY_SIDE_WIDTH ? GTK_ORIENTATION_HORIZONTAL : GTK_ORIENTATION_VERTICAL;
  GtkOrientation tools = content >= ONE_ROW_WIDTH ? GTK_ORIENTATION_HORIZONTAL : GTK_ORIENTATION_VERTICAL;
  int margin = content >= ONE_ROW_WIDTH ? 18 : 6;
  int chart_height = charts == GTK_ORIENTATION_VERTICAL ? CLAMP (content - 2 * margin, 300, 560) : -1;

  /* Changing these queues another allocation, which finds them settled. */
  if (gtk_orientable_get_orientation (GTK_ORIENTABLE (self->chart_box)) != charts)
    gtk_orientable_set_orientation (GTK_ORIENTABLE (self->chart_box), charts);
  if (gtk_orientable_get_orientation (GTK_ORIENTABLE (self->toolbar)) != tools)
    gtk_orientable_set_orientation (GTK_ORIENTABLE (self->toolbar), tools);
  /* Where the toolbar has one row there is room to say what the button does;
   * a phone-width window has room for its icon only. */
  if (tools == GTK_ORIENTATION_HORIZONTAL && gtk_button_get_icon_name (GTK_BUTTON (self->rate_button)) != NULL)
    {
      gtk_button_set_label (GTK_BUTTON (self->rate_button), _("_Rate Team…"));
      gtk_button_set_use_underline (GTK_BUTTON (self->rate_button), TRUE);
    }
  else if (tools == GTK_ORIENTATION_VERTICAL && gtk_button_get_icon_name (GTK_BUTTON (self->rate_button)) == NULL)
    gtk_button_set_icon_name (GTK_BUTTON (self->rate_button), "document-edit-symbolic");
  if (gtk_widget_get_margin_start (self->chart_box) != margin)
    {
      gtk_widget_set_margin_start (self->chart_box, margin);
      gtk_widget_set_margin_end (self->chart_box, margin);
    }
  gtk_widget_get_size_request (GTK_WIDGET (self->radar_view), NULL, &height_request);
  if (height_request != chart_height)
    gtk_widget_set_size_request (GTK_WIDGET (self->radar_view), -1, chart_height);

  gtk_widget_allocate (adw_bin_get_child (ADW_BIN (self)), width, height, baseline, NULL);
}

static void
grove_culture_page_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  gtk_widget_measure (adw_bin_get_child (ADW_BIN (widget)), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
grove_culture_page_dispose (GObject *object)
{
  GroveCulturePage *self = GROVE_CULTURE_PAGE (object);

  if (self->present_window != NULL)
    gtk_window_destroy (GTK_WINDOW (self->present_window));
  if (self->export_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->export_dialog));

  /* Without the bin's layout manager the child is let go of here. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), GROVE_TYPE_CULTURE_PAGE);

  g_clear_object (&self->store);
  g_clear_pointer (&self->rounds, g_ptr_array_unref);
  g_clear_pointer (&self->rollups, g_hash_table_unref);
  g_clear_pointer (&self->units, g_hash_table_unref);
  g_clear_pointer (&self->view, g_free);

  G_OBJECT_CLASS (grove_culture_page_parent_class)->dispose (object);
}

static void
grove_culture_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  GroveCulturePage *self = GROVE_CULTURE_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_COMPARE_ORGANISATION:
      g_value_set_boolean (value, self->compare_organisation);
      break;
    case PROP_COMPARE_PREVIOUS:
      g_value_set_boolean (value, self->compare_previous);
      break;
    case PROP_COMPARE_TARGET:
      g_value_set_boolean (value, self->compare_target);
      break;
    case PROP_VIEW:
      g_value_set_string (value, self->view);
      break;
    case PROP_ANONYMITY_THRESHOLD:
      g_value_set_uint (value, self->threshold);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_flag (GroveCulturePage *self,
          gboolean         *flag,
          gboolean          value,
          guint             prop_id)
{
  if (*flag == value)
    return;
  *flag = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
  _grove_culture_page_refresh (self);
}

static void
grove_culture_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  GroveCulturePage *self = GROVE_CULTURE_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      grove_culture_page_set_store (self, g_value_get_object (value));
      break;
    case PROP_COMPARE_ORGANISATION:
      set_flag (self, &self->compare_organisation, g_value_get_boolean (value), prop_id);
      break;
    case PROP_COMPARE_PREVIOUS:
      set_flag (self, &self->compare_previous, g_value_get_boolean (value), prop_id);
      break;
    case PROP_COMPARE_TARGET:
      set_flag (self, &self->compare_target, g_value_get_boolean (value), prop_id);
      break;
    case PROP_VIEW:
      if (g_strcmp0 (self->view, g_value_get_string (value)) != 0)
        {
          g_free (self->view);
          self->view = g_value_dup_string (value);
          g_object_notify_by_pspec (object, pspec);
          _grove_culture_page_refresh (self);
        }
      break;
    case PROP_ANONYMITY_THRESHOLD:
      if (self->threshold != g_value_get_uint (value))
        {
          self->threshold = g_value_get_uint (value);
          grove_needs_view_set_threshold (self->needs_view, self->threshold);
          g_object_notify_by_pspec (object, pspec);
          _grove_culture_page_forget_results (self);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
grove_culture_page_class_init (GroveCulturePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = grove_culture_page_dispose;
  object_class->get_property = grove_culture_page_get_property;
  object_class->set_property = grove_culture_page_set_property;

  widget_class->map = grove_culture_page_map;
  widget_class->unmap = grove_culture_page_unmap;
  widget_class->measure = grove_culture_page_measure;
  widget_class->size_allocate = grove_culture_page_size_allocate;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, GROVE_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMPARE_ORGANISATION] =
    g_param_spec_boolean ("compare-organisation", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMPARE_PREVIOUS] =
    g_param_spec_boolean ("compare-previous", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMPARE_TARGET] =
    g_param_spec_boolean ("compare-target", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VIEW] =
    g_param_spec_string ("view", NULL, NULL, "radar",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Fewer than 2 would show one person's answers as they gave them. */
  properties[PROP_ANONYMITY_THRESHOLD] =
    g_param_spec_uint ("anonymity-threshold", NULL, NULL, 2, 50, GROVE_ANONYMITY_THRESHOLD_DEFAULT,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_property_action (widget_class, "culture.compare-organisation", "compare-organisation");
  gtk_widget_class_install_property_action (widget_class, "culture.compare-previous", "compare-previous");
  gtk_widget_class_install_property_action (widget_class, "culture.compare-target", "compare-target");
  gtk_widget_class_install_property_action (widget_class, "culture.view", "view");
  gtk_widget_class_install_action (widget_class, "culture.present", NULL, _grove_culture_page_present_activated);
  gtk_widget_class_install_action (widget_class, "culture.export", NULL, _grove_culture_page_export_activated);
  gtk_widget_class_install_action (widget_class, "culture.copy-chart", NULL, _grove_culture_page_copy_activated);
  gtk_widget_class_install_action (widget_class, "culture.rate", NULL, _grove_culture_page_rate_activated);
  gtk_widget_class_install_action (widget_class, "culture.new-round", NULL, _grove_culture_page_new_round_activated);

  g_type_ensure (GROVE_TYPE_CONDITION_RESULT);
  g_type_ensure (GROVE_TYPE_CULTURE_UNIT);
  g_type_ensure (GROVE_TYPE_HEATMAP_TABLE);
  g_type_ensure (GROVE_TYPE_HEATMAP_VIEW);
  g_type_ensure (GROVE_TYPE_NEEDS_VIEW);
  g_type_ensure (GROVE_TYPE_RADAR_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/grove-culture-page.ui");
  gtk_widget_class_bind_template_child (widget_class, GroveCulturePage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, GroveCulturePage, stack);
  gtk_widget_class_bind_template_child (widget_class, GroveCulturePage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, GroveCulturePage, empty_new_round_button);
  gtk_widget_class_bind_template_child (widget_class, GroveCulturePage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, GroveCulturePage, sidebar);
  gtk_widget_class_bind_template_child (widget_class, GroveCulturePage, content);
  gtk_widget_class_bind_template_child (widget_class, GroveCulturePage, toolbar);
  gtk_widget_class_bind_template_child (widget_class, GroveCulturePage, rate_button);
  gtk_widget_class_bind_template_child (widget_class, GroveCulturePage, back_button);
  gtk_widget_class_bind_template_child (widget_class, GroveCulturePage, units_view);
  gtk_widget_class_bind_template_child (widget_class, GroveCulturePage, unit_selection);
  gtk_widget_class_bind_template_child (widget_class, GroveCulturePage, round_dropdown);
  gtk_widget_class_bind_template_child (widget_class, GroveCulturePage, round_titles);
  gtk_widget_class_bind_template_child (widget_class, GroveCulturePage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, GroveCulturePage, chart_box);
  gtk_widget_class_bind_template_child (widget_class, GroveCulturePage, radar_view);
  gtk_widget_class_bind_template_child (widget_class, GroveCulturePage, table_heading);
  gtk_widget_class_bind_template_child (widget_class, GroveCulturePage, condition_table);
  gtk_widget_class_bind_template_child (widget_class, GroveCulturePage, condition_results);
  gtk_widget_class_bind_template_child (widget_class, GroveCulturePage, table_note);
  gtk_widget_class_bind_template_child (widget_class, GroveCulturePage, suppressed_page);
  gtk_widget_class_bind_template_child (widget_class, GroveCulturePage, heatmap_view);
  gtk_widget_class_bind_template_child (widget_class, GroveCulturePage, heatmap_table);
  gtk_widget_class_bind_template_child (widget_class, GroveCulturePage, needs_view);
  gtk_widget_class_bind_template_callback (widget_class, on_unit_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_unit_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_round_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_folded_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_change_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_change_bind_cb);
}

static void
grove_culture_page_init (GroveCulturePage *self)
{
  GtkEventController *shortcuts;

  self->compare_organisation = TRUE;
  self->compare_target = TRUE;
  self->view = g_strdup ("radar");
  self->threshold = GROVE_ANONYMITY_THRESHOLD_DEFAULT;
  self->rollups = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                         (GDestroyNotify) grove_rollup_free);
  self->units = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);

  gtk_widget_init_template (GTK_WIDGET (self));
  /* The page lays out its one child itself, to rearrange it by width. */
  gtk_widget_set_layout_manager (GTK_WIDGET (self), NULL);

  /* F5 presents from anywhere in the window while this page is shown; the
   * application's accelerators reach only the window's own actions. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_MANAGED);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_F5, 0),
                                                          gtk_named_action_new ("culture.present")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  _grove_culture_page_update_actions (self);
}

GtkWidget *
grove_culture_page_new (void)
{
  return g_object_new (GROVE_TYPE_CULTURE_PAGE, NULL);
}
