/* grove-needs.c: the learning-needs analysis
 *
 * Needs and activities are read from the record of each person for the
 * period that holds a date, grouped by the unit the person is in, and
 * summed up the organisation tree. Counts are of needs (by capability and
 * by framework condition) and of activities that are not cancelled (by
 * learning method). Capabilities are written freely, so they are grouped
 * ignoring case and surrounding spaces.
 *
 * Anonymity: a count can tell a manager what one person needs, so a unit
 * with fewer people (with a record) than the threshold is not shown on its
 * own: its figures are only in its parent's, "merged upwards". Showing a
 * parent and all but one of its children would let the missing one be
 * worked out by subtraction, so what the shown children leave of their
 * parent (its own people and its merged children) must itself be empty or
 * reach the threshold; while it does not, the smallest shown child is
 * merged too. Below the organisation, it is the same rule at each level.
 * An organisation under the threshold shows nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "grove-ipdr-plan.h"
#include "grove-ipdr-private.h"
#include "grove-needs.h"
#include "grove-import-csv.h"
#include "grove-org.h"

/* ?1 the day that chooses each person's record. Each row: unit, dimension,
 * key, label, count; dimension -1 is the number of people. */
static const char needs_sql[] =
  "WITH rec AS ("
  "  SELECT i.id, p.unit_id FROM ipdr i JOIN person p ON p.id = i.person_id"
  "  WHERE p.archived = 0 AND p.unit_id IS NOT NULL AND i.period_start <= ?1 AND i.period_end >= ?1"
  ") "
  "SELECT unit_id, -1, NULL, NULL, count(*) FROM rec GROUP BY unit_id "
  "UNION ALL "
  "SELECT r.unit_id, 0, lower (trim (n.capability)), min (trim (n.capability)), count(*)"
  "  FROM ipdr_need n JOIN rec r ON r.id = n.ipdr_id GROUP BY r.unit_id, lower (trim (n.capability)) "
  "UNION ALL "
  "SELECT r.unit_id, 1, a.method, NULL, count(*)"
  "  FROM ipdr_activity a JOIN ipdr_need n ON n.id = a.need_id JOIN rec r ON r.id = n.ipdr_id"
  "  WHERE a.status <> 3 GROUP BY r.unit_id, a.method "
  "UNION ALL "
  "SELECT r.unit_id, 2, c.key, c.title, count(*)"
  "  FROM ipdr_need n JOIN rec r ON r.id = n.ipdr_id JOIN framework_condition c ON c.id = n.condition_id"
  "  GROUP BY r.unit_id, c.id";

/* A unit while the figures are summed. */
typedef struct {
  const GroveOrgUnit *unit;
  guint               people;
  GHashTable         *counts;   /* "dimension\x1fkey" -> GroveNeedsCount */
  GPtrArray          *children; /* (element-type Node) not owned */
  gboolean            shown;
  guint               merged;
} Node;

void
grove_needs_group_free (GroveNeedsGroup *group)
{
  if (group == NULL)
    return;
  g_free (group->name);
  g_clear_pointer (&group->counts, g_ptr_array_unref);
  g_free (group);
}

static void
count_free (GroveNeedsCount *count)
{
  g_free (count->key);
  g_free (count->label);
  g_free (count);
}

const char *
grove_needs_dimension_to_string (GroveNeedsDimension dimension)
{
  static const char * const names[] = { "capability", "method", "condition" };

  g_return_val_if_fail ((guint) dimension < G_N_ELEMENTS (names), NULL);
  return names[dimension];
}

static void
node_free (Node *node)
{
  g_hash_table_unref (node->counts);
  g_ptr_array_unref (node->children);
  g_free (node);
}

static void
node_add (Node                *node,
          GroveNeedsDimension  dimension,
          const char          *key,
          const char          *label,
          guint                count)
{
  g_autofree char *id = g_strdup_printf ("%d\x1f%s", dimension, key);
  GroveNeedsCount *entry = g_hash_table_lookup (node->counts, id);

  if (entry == NULL)
    {
      entry = g_new0 (GroveNeedsCount, 1);
      entry->dimension = dimension;
      entry->key = g_strdup (key);
      entry->label = g_strdup (label);
      g_hash_table_insert (node->counts, g_steal_pointer (&id), entry);
    }
  /* Of the spellings of one capability, the same one whichever unit
   * comes first. */
  else if (g_strcmp0 (label, entry->label) < 0)
    {
      g_free (entry->label);
      entry->label = g_strdup (label);
    }
  entry->count += count;
}

static gboolean
read_leaves (GroveStore  *store,
             GHashTable  *nodes,
             const char  *date,
             GError     **error)
{
  sqlite3_stmt *stmt = _grove_store_prepare (store, needs_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, date, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 unit = sqlite3_column_int64 (stmt, 0);
      int dimension = sqlite3_column_int (stmt, 1);
      guint count = (guint) sqlite3_column_int (stmt, 4);
      Node *node = g_hash_table_lookup (nodes, &unit);

      if (node == NULL)
        continue;
      if (dimension < 0)
        node->people += count;
      else if (dimension == GROVE_NEEDS_BY_METHOD)
        {
          GroveLearningMethod method = (GroveLearningMethod) sqlite3_column_int (stmt, 2);

          node_add (node, GROVE_NEEDS_BY_METHOD, grove_learning_method_to_string (method),
                    grove_learning_method_label (method), count);
        }
      else
        node_add (node, (GroveNeedsDimension) dimension, (const char *) sqlite3_column_text (stmt, 2),
                  (const char *) sqlite3_column_text (stmt, 3), count);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _grove_store_set_error (store, rc, _("reading development needs"), error);
      return FALSE;
    }
  return TRUE;
}

/* Adds a child's figures, already summed, to its parent's. */
static void
sum_into (Node       *parent,
          const Node *child)
{
  GHashTableIter iter;
  GroveNeedsCount *count;

  parent->people += child->people;
  g_hash_table_iter_init (&iter, child->counts);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &count))
    node_add (parent, count->dimension, count->key, count->label, count->count);
}

static int
compare_by_people (gconstpointer a,
                   gconstpointer b)
{
  const Node *x = *(const Node * const *) a, *y = *(const Node * const *) b;

  return x->people < y->people ? -1 : x->people > y->people;
}

/* Decides which of a shown node's children are shown too; see the top of
 * the file. */
static void
choose_shown (Node  *node,
              guint  threshold)
{
  g_autoptr(GPtrArray) shown = g_ptr_array_new ();
  guint rest = node->people;

  for (guint i = 0; i < node->children->len; i++)
    {
      Node *child = g_ptr_array_index (node->children, i);

      if (child->people >= threshold)
        {
          g_ptr_array_add (shown, child);
          rest -= child->people;
        }
    }
  g_ptr_array_sort (shown, compare_by_people);
  while (shown->len > 0 && rest > 0 && rest < threshold)
    {
      Node *smallest = g_ptr_array_steal_index (shown, 0);

      rest += smallest->people;
    }
  for (guint i = 0; i < shown->len; i++)
    {
      Node *child = g_ptr_array_index (shown, i);

      child->shown = TRUE;
      choose_shown (child, threshold);
    }
  node->merged = 0;
  for (guint i = 0; i < node->children->len; i++)
    node->merged += ((Node *) g_ptr_array_index (node->children, i))->shown ? 0 : 1;
}

static int
compare_counts (gconstpointer a,
                gconstpointer b)
{
  const GroveNeedsCount *x = *(const GroveNeedsCount * const *) a, *y = *(const GroveNeedsCount * const *) b;

  if (x->dimension != y->dimension)
    return x->dimension < y->dimension ? -1 : 1;
  if (x->count != y->count)
    return x->count > y->count ? -1 : 1;
  return g_utf8_collate (x->label, y->label);
}

static GroveNeedsGroup *
group_from_node (Node *node)
{
  GroveNeedsGroup *group = g_new0 (GroveNeedsGroup, 1);
  GHashTableIter iter;
  GroveNeedsCount *count;

  group->unit_id = node->unit->id;
  group->parent_id = node->unit->parent_id;
  group->kind = node->unit->kind;
  group->name = g_strdup (node->unit->name);
  group->depth = node->unit->depth;
  group->people = node->people;
  group->merged_units = node->merged;
  group->counts = g_ptr_array_new_with_free_func ((GDestroyNotify) count_free);
  g_hash_table_iter_init (&iter, node->counts);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &count))
    {
      GroveNeedsCount *copy = g_new0 (GroveNeedsCount, 1);

      *copy = *count;
      copy->key = g_strdup (count->key);
      copy->label = g_strdup (count->label);
      g_ptr_array_add (group->counts, copy);
      if (count->dimension == GROVE_NEEDS_BY_CAPABILITY)
        group->needs += count->count;
      else if (count->dimension == GROVE_NEEDS_BY_METHOD)
        group->activities += count->count;
    }
  g_ptr_array_sort (group->counts, compare_counts);
  return group;
}

/**
 * grove_needs_rollup:
 * @date: (nullable): the day that chooses each person's record; %NULL for
 *   today
 * @threshold: the anonymity threshold, at least 1
 *
 * Returns: (transfer full) (element-type GroveNeedsGroup): the units shown,
 *   depth first from the organisation as grove_org_list_units() orders
 *   them; empty when there is no organisation or it has fewer people with a
 *   record than @threshold; %NULL with @error set
 */
GPtrArray *
grove_needs_rollup (GroveStore  *store,
                    const char  *date,
                    guint        threshold,
                    GError     **error)
{
  g_autofree char *today = date == NULL ? grove_ipdr_today () : NULL;
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GHashTable) nodes = NULL;
  g_autoptr(GPtrArray) order = NULL;
  Node *root = NULL;

  g_return_val_if_fail (GROVE_IS_STORE (store), NULL);
  g_return_val_if_fail (threshold >= 1, NULL);

  if (!_grove_ipdr_check_date (date, error) || (units = grove_org_list_units (store, error)) == NULL)
    return NULL;
  nodes = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, (GDestroyNotify) node_free);
  order = g_ptr_array_new ();
  for (guint i = 0; i < units->len; i++)
    {
      GroveOrgUnit *unit = g_ptr_array_index (units, i);
      Node *node = g_new0 (Node, 1);

      node->unit = unit;
      node->counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) count_free);
      node->children = g_ptr_array_new ();
      g_hash_table_insert (nodes, &unit->id, node);
      g_ptr_array_add (order, node);
    }
  for (guint i = 0; i < order->len; i++)
    {
      Node *node = g_ptr_array_index (order, i);
      Node *parent = g_hash_table_lookup (nodes, &node->unit->parent_id);

      if (parent != NULL)
        g_ptr_array_add (parent->children, node);
      else if (root == NULL)
        root = node;
    }
  if (!read_leaves (store, nodes, date != NULL ? date : today, error))
    return NULL;

  /* Children come after their parent in the list: sum from the end. */
  for (guint i = order->len; i-- > 0;)
    {
      Node *node = g_ptr_array_index (order, i);
      Node *parent = g_hash_table_lookup (nodes, &node->unit->parent_id);

      if (parent != NULL)
        sum_into (parent, node);
    }

  groups = g_ptr_array_new_with_free_func ((GDestroyNotify) grove_needs_group_free);
  if (root == NULL || root->people < threshold)
    return g_steal_pointer (&groups);
  root->shown = TRUE;
  choose_shown (root, threshold);
  for (guint i = 0; i < order->len; i++)
    {
      Node *node = g_ptr_array_index (order, i);

      if (node->shown)
        g_ptr_array_add (groups, group_from_node (node));
    }
  return g_steal_pointer (&groups);
}

/**
 * grove_needs_rollup_to_csv:
 * @groups: (element-type GroveNeedsGroup): from grove_needs_rollup()
 *
 * Returns: (transfer full): CSV (RFC 4180, CRLF, a header row), one row per
 *   unit and count
 */
char *
grove_needs_rollup_to_csv (GPtrArray *groups)
{
  GString *out = g_string_new ("unit,kind,people,needs,activities,dimension,key,label,count\r\n");

  g_return_val_if_fail (groups != NULL, NULL);

  for (guint i = 0; i < groups->len; i++)
    {
      const GroveNeedsGroup *group = g_ptr_array_index (groups, i);

      for (guint j = 0; j < group->counts->len; j++)
        {
          const GroveNeedsCount *count = g_ptr_array_index (group->counts, j);

          grove_csv_append_field (out, group->name);
          g_string_append_printf (out, ",%s,%u,%u,%u,%s,", grove_org_unit_kind_to_string (group->kind),
                                  group->people, group->needs, group->activities,
                                  grove_needs_dimension_to_string (count->dimension));
          grove_csv_append_field (out, count->key);
          g_string_append_c (out, ',');
          grove_csv_append_field (out, count->label);
          g_string_append_printf (out, ",%u\r\n", count->count);
        }
    }
  return g_string_free (out, FALSE);
}
