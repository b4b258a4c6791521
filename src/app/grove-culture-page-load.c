/* grove-culture-page-load.c: what the Culture page reads from the store
 *
 * The organisation as a tree for the sidebar, and the rounds for the round
 * selector, read again whenever the database changes under the page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "grove-assessment.h"
#include "grove-culture-page-private.h"
#include "grove-culture-unit.h"
#include "grove-org.h"

static GListModel *
create_children_cb (gpointer item,
                    gpointer user_data)
{
  GListModel *children = grove_culture_unit_get_children (item);

  return g_list_model_get_n_items (children) > 0 ? g_object_ref (children) : NULL;
}

static void
load_units (GroveCulturePage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GListStore) roots = g_list_store_new (GROVE_TYPE_CULTURE_UNIT);
  GtkTreeListModel *tree;

  g_hash_table_remove_all (self->units);
  if ((units = grove_org_list_units (self->store, &error)) == NULL)
    {
      g_warning ("Could not read the organisation: %s", error->message);
      return;
    }

  for (guint i = 0; i < units->len; i++)
    {
      const GroveOrgUnit *unit = g_ptr_array_index (units, i);

      g_hash_table_insert (self->units, g_memdup2 (&unit->id, sizeof unit->id), grove_culture_unit_new (unit));
    }
  for (guint i = 0; i < units->len; i++)
    {
      const GroveOrgUnit *unit = g_ptr_array_index (units, i);
      GroveCultureUnit *item = g_hash_table_lookup (self->units, &unit->id);
      GroveCultureUnit *parent = g_hash_table_lookup (self->units, &unit->parent_id);

      if (parent != NULL)
        grove_culture_unit_add_child (parent, item);
      else
        g_list_store_append (roots, item);
    }

  tree = gtk_tree_list_model_new (G_LIST_MODEL (g_steal_pointer (&roots)), FALSE, TRUE,
                                  create_children_cb, NULL, NULL);
  gtk_single_selection_set_model (self->unit_selection, G_LIST_MODEL (tree));
  g_object_unref (tree);
}

static void
load_rounds (GroveCulturePage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();

  g_clear_pointer (&self->rounds, g_ptr_array_unref);
  g_hash_table_remove_all (self->rollups);
  self->heatmap_round_id = 0;

  self->rounds = grove_assessment_list_rounds (self->store, &error);
  if (self->rounds == NULL)
    {
      g_warning ("Could not read the assessment rounds: %s", error->message);
      self->rounds = g_ptr_array_new ();
    }

  for (guint i = 0; i < self->rounds->len; i++)
    g_ptr_array_add (titles, ((GroveRound *) g_ptr_array_index (self->rounds, i))->title);
  g_ptr_array_add (titles, NULL);

  gtk_string_list_splice (self->round_titles, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->round_titles)),
                          (const char * const *) titles->pdata);
  /* The latest round is the one people come to see. */
  if (self->rounds->len > 0)
    gtk_drop_down_set_selected (self->round_dropdown, self->rounds->len - 1);

  gtk_widget_set_visible (GTK_WIDGET (self->round_dropdown), self->rounds->len > 0);
}

void
_grove_culture_page_load (GroveCulturePage *self)
{
  load_units (self);
  load_rounds (self);
}
