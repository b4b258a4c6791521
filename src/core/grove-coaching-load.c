/* grove-coaching-load.c: the matching instance, read from the store
 *
 * The engine works on small integers; this turns the pool, the waiting list
 * and the organisation into them. Each table is read once, in bulk, and
 * joined in memory through hash tables, so that loading 5,000 requests and
 * 500 coaches is a handful of queries rather than tens of thousands.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "grove-coaching-load-private.h"
#include "grove-org-unit.h"
#include "grove-person.h"

typedef struct {
  GroveStore        *store;
  GroveCoachingInstance *out;
  GHashTable        *strings;     /* text -> id + 1 */
  GHashTable        *person_at;   /* person id -> index + 1 */
  GArray            *people;      /* GroveMatchPerson, by index */
  GHashTable        *coach_at;    /* coach id -> index + 1 */
  GHashTable        *request_at;  /* request id -> index + 1 */
  GPtrArray         *coach_sets;  /* per coach: specialisms, languages (GArray of guint32) */
  GPtrArray         *request_sets;/* per request: wanted, languages, avoid (gint64) */
} Loader;

static guint32
intern (Loader     *l,
        const char *text)
{
  gpointer id = g_hash_table_lookup (l->strings, text);

  if (id == NULL)
    {
      id = GUINT_TO_POINTER (g_hash_table_size (l->strings) + 1);
      g_hash_table_insert (l->strings, g_strdup (text), id);
    }
  return GPOINTER_TO_UINT (id) - 1;
}

static guint
index_of (GHashTable *table,
          gint64      id)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (table, &id));
}

static void
remember (GHashTable *table,
          gint64      id,
          guint       index)
{
  g_hash_table_insert (table, g_memdup2 (&id, sizeof id), GUINT_TO_POINTER (index + 1));
}

static gboolean
finish (Loader       *l,
        sqlite3_stmt *stmt,
        int           rc,
        GError      **error)
{
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  _grove_store_set_error (l->store, rc, _("reading the coaching pool"), error);
  return FALSE;
}

/* Directorate of each unit: the unit itself, or the nearest above it. */
static GHashTable *
load_directorates (Loader  *l,
                   GError **error)
{
  g_autoptr(GHashTable) parent = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr(GHashTable) kind = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  GHashTable *directorate = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  GHashTableIter iter;
  gpointer key;
  sqlite3_stmt *stmt = _grove_store_prepare (l->store, "SELECT id, parent_id, kind FROM org_unit", error);
  int rc;

  if (stmt == NULL)
    return directorate;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0), up = sqlite3_column_int64 (stmt, 1);

      g_hash_table_insert (parent, g_memdup2 (&id, sizeof id), g_memdup2 (&up, sizeof up));
      g_hash_table_insert (kind, g_memdup2 (&id, sizeof id), GINT_TO_POINTER (sqlite3_column_int (stmt, 2) + 1));
    }
  if (!finish (l, stmt, rc, error))
    {
      g_hash_table_unref (directorate);
      return NULL;
    }
  g_hash_table_iter_init (&iter, kind);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      gint64 unit = *(gint64 *) key;

      /* The store keeps units a tree three levels deep; the bound guards
       * against anything else. */
      for (guint depth = 0; unit > 0 && depth < 16; depth++)
        {
          if (GPOINTER_TO_INT (g_hash_table_lookup (kind, &unit)) - 1 == GROVE_ORG_UNIT_DIRECTORATE)
            {
              g_hash_table_insert (directorate, g_memdup2 (key, sizeof unit), g_memdup2 (&unit, sizeof unit));
              break;
            }
          gint64 *up = g_hash_table_lookup (parent, &unit);
          unit = up != NULL ? *up : 0;
        }
    }
  return directorate;
}

static gboolean
load_people (Loader  *l,
             GError **error)
{
  g_autoptr(GHashTable) directorates = load_directorates (l, error);
  g_autoptr(GArray) managers = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree guint *parent = NULL;
  g_autofree guint32 *enter = NULL, *leave = NULL;
  sqlite3_stmt *stmt;
  int rc;

  if (directorates == NULL)
    return FALSE;
  stmt = _grove_store_prepare (l->store,
    "SELECT id, name, manager_id, unit_id, grade, profession, location FROM person ORDER BY id", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GroveMatchPerson who = { sqlite3_column_int64 (stmt, 0), 0, 0, -1, -1, 0, -1, FALSE, 0 };
      gint64 manager = sqlite3_column_int64 (stmt, 2), unit = sqlite3_column_int64 (stmt, 3);
      const char *profession = (const char *) sqlite3_column_text (stmt, 5);
      const char *location = (const char *) sqlite3_column_text (stmt, 6);
      gint64 *directorate = g_hash_table_lookup (directorates, &unit);

      who.grade_rank = grove_person_grade_rank ((const char *) sqlite3_column_text (stmt, 4));
      who.profession = profession != NULL ? (gint32) intern (l, profession) : -1;
      who.location = location != NULL ? (gint32) intern (l, location) : -1;
      who.directorate = directorate != NULL ? *directorate : 0;
      remember (l->person_at, who.person, l->people->len);
      g_array_append_val (l->people, who);
      g_ptr_array_add (l->out->person_names, _grove_store_dup_text (stmt, 1));
      g_array_append_val (managers, manager);
    }
  if (!finish (l, stmt, rc, error))
    return FALSE;

  parent = g_new (guint, MAX (l->people->len, 1));
  enter = g_new (guint32, MAX (l->people->len, 1));
  leave = g_new (guint32, MAX (l->people->len, 1));
  for (guint i = 0; i < l->people->len; i++)
    {
      guint at = index_of (l->person_at, g_array_index (managers, gint64, i));

      parent[i] = at > 0 ? at - 1 : G_MAXUINT;
    }
  grove_matching_number_lines (l->people->len, parent, enter, leave);
  for (guint i = 0; i < l->people->len; i++)
    {
      g_array_index (l->people, GroveMatchPerson, i).line_enter = enter[i];
      g_array_index (l->people, GroveMatchPerson, i).line_leave = leave[i];
    }
  return TRUE;
}

static GArray *
set_of (GPtrArray *sets,
        guint      index,
        guint      which,
        guint      per)
{
  return sets->pdata[index * per + which];
}

static void
add_sets (GPtrArray *sets,
          guint      n,
          gsize      element)
{
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (sets, g_array_new (FALSE, FALSE, element));
}

static gboolean
load_coaches (Loader  *l,
              GError **error)
{
  sqlite3_stmt *stmt = _grove_store_prepare (l->store,
    "SELECT c.id, c.person_id, c.roles, c.capacity - (SELECT count(*) FROM coaching_relationship r"
    "  WHERE r.coach_id = c.id AND r.status < 2), c.active, c.availability, c.remote FROM coach c ORDER BY c.id",
    error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GroveMatchCoach coach = { 0, };
      guint at = index_of (l->person_at, sqlite3_column_int64 (stmt, 1));

      coach.id = sqlite3_column_int64 (stmt, 0);
      coach.who = g_array_index (l->people, GroveMatchPerson, at - 1);
      coach.roles = (guint) sqlite3_column_int (stmt, 2);
      coach.capacity = (guint) MAX (sqlite3_column_int (stmt, 3), 0);
      coach.active = sqlite3_column_int (stmt, 4) != 0;
      coach.who.availability = (guint32) sqlite3_column_int (stmt, 5);
      coach.who.remote = sqlite3_column_int (stmt, 6) != 0;
      remember (l->coach_at, coach.id, l->out->coaches->len);
      g_array_append_val (l->out->coaches, coach);
      add_sets (l->coach_sets, 2, sizeof (guint32));
    }
  return finish (l, stmt, rc, error);
}

/* Reads (owner id, text or id) rows into the owner's set number @which. */
static gboolean
load_rows (Loader      *l,
           const char  *sql,
           GHashTable  *owner_at,
           GPtrArray   *sets,
           guint        which,
           guint        per,
           gboolean     text,
           GError     **error)
{
  sqlite3_stmt *stmt = _grove_store_prepare (l->store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      guint at = index_of (owner_at, sqlite3_column_int64 (stmt, 0));

      if (at == 0)
        continue;
      if (text)
        {
          guint32 id = intern (l, (const char *) sqlite3_column_text (stmt, 1));

          g_array_append_val (set_of (sets, at - 1, which, per), id);
        }
      else
        {
          gint64 id = sqlite3_column_int64 (stmt, 1);

          g_array_append_val (set_of (sets, at - 1, which, per), id);
        }
    }
  return finish (l, stmt, rc, error);
}

static gboolean
load_programmes (Loader  *l,
                 gint64   only,
                 GError **error)
{
  g_autoptr(GPtrArray) programmes = grove_coaching_list_programmes (l->store, error);

  if (programmes == NULL)
    return FALSE;
  for (guint i = 0; i < programmes->len; i++)
    {
      GroveProgramme *p = programmes->pdata[i];
      GroveMatchProgramme weights = { { 0, }, p->min_score };

      if (only > 0 && p->id != only)
        continue;
      memcpy (weights.weights, p->weights, sizeof weights.weights);
      g_array_append_val (l->out->programmes, weights);
      g_array_append_val (l->out->programme_ids, p->id);
    }
  if (only > 0 && l->out->programmes->len == 0)
    return _grove_coaching_not_found (_("There is no programme with id %s."), only, error);
  return TRUE;
}

static guint
programme_index (Loader *l,
                 gint64  id)
{
  for (guint i = 0; i < l->out->programme_ids->len; i++)
    if (g_array_index (l->out->programme_ids, gint64, i) == id)
      return i;
  return 0;
}

static gboolean
load_requests (Loader  *l,
               gint64   programme,
               GError **error)
{
  sqlite3_stmt *stmt = _grove_store_prepare (l->store,
    "SELECT q.id, q.person_id, q.programme_id, q.kind, q.remote, q.availability"
    " FROM coaching_request q WHERE q.status = 0 AND (?1 = 0 OR q.programme_id = ?1)"
    " ORDER BY q.front DESC, q.unmatched_run IS NULL, q.requested, q.id", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, programme);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GroveMatchRequest request = { 0, };
      guint at = index_of (l->person_at, sqlite3_column_int64 (stmt, 1));

      request.id = sqlite3_column_int64 (stmt, 0);
      request.who = g_array_index (l->people, GroveMatchPerson, at - 1);
      request.programme = programme_index (l, sqlite3_column_int64 (stmt, 2));
      request.kind = sqlite3_column_int (stmt, 3);
      request.who.remote = sqlite3_column_int (stmt, 4) != 0;
      request.who.availability = (guint32) sqlite3_column_int (stmt, 5);
      request.priority = l->out->requests->len;
      remember (l->request_at, request.id, l->out->requests->len);
      g_array_append_val (l->out->requests, request);
      add_sets (l->request_sets, 2, sizeof (guint32));
      add_sets (l->request_sets, 1, sizeof (gint64));
    }
  return finish (l, stmt, rc, error);
}

static int
compare_u32 (const void *a,
             const void *b)
{
  guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;

  return (x > y) - (x < y);
}

static int
compare_i64 (const void *a,
             const void *b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

static gconstpointer
sorted (GArray *set,
        guint  *n)
{
  g_array_sort (set, g_array_get_element_size (set) == sizeof (guint32) ? compare_u32 : compare_i64);
  *n = set->len;
  return set->data;
}

static gboolean
load_locks (Loader  *l,
            GError **error)
{
  sqlite3_stmt *stmt = _grove_store_prepare (l->store,
    "SELECT request_id, coach_id FROM coaching_lock ORDER BY request_id", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      guint r = index_of (l->request_at, sqlite3_column_int64 (stmt, 0));
      guint c = index_of (l->coach_at, sqlite3_column_int64 (stmt, 1));

      if (r > 0 && c > 0)
        g_array_append_val (l->out->locks, ((GroveMatchLock) { r - 1, c - 1 }));
    }
  return finish (l, stmt, rc, error);
}

/* Exclusions and earlier coaches (unless the request asks for them again)
 * both go into a request's avoid list, by the coach's person. */
static gboolean
load_sets (Loader  *l,
           GError **error)
{
  return load_rows (l, "SELECT c.id, l.language FROM coach c JOIN person_language l ON l.person_id = c.person_id",
                    l->coach_at, l->coach_sets, 1, 2, TRUE, error) &&
         load_rows (l, "SELECT coach_id, specialism FROM coach_specialism", l->coach_at, l->coach_sets, 0, 2, TRUE,
                    error) &&
         load_rows (l, "SELECT request_id, specialism FROM request_specialism", l->request_at, l->request_sets, 0,
                    3, TRUE, error) &&
         load_rows (l, "SELECT request_id, language FROM request_language", l->request_at, l->request_sets, 1, 3,
                    TRUE, error) &&
         load_rows (l, "SELECT q.id, e.coach_id FROM coaching_exclusion e"
                       " JOIN coaching_request q ON q.person_id = e.coachee_id WHERE q.status = 0",
                    l->request_at, l->request_sets, 2, 3, FALSE, error) &&
         load_rows (l, "SELECT w.id, c.person_id FROM coaching_request w"
                       " JOIN coaching_request q ON q.person_id = w.person_id"
                       " JOIN coaching_relationship r ON r.request_id = q.id JOIN coach c ON c.id = r.coach_id"
                       " WHERE w.status = 0 AND w.wants_previous = 0",
                    l->request_at, l->request_sets, 2, 3, FALSE, error);
}

static void
point_at_sets (Loader *l)
{
  for (guint c = 0; c < l->out->coaches->len; c++)
    {
      GroveMatchCoach *coach = &g_array_index (l->out->coaches, GroveMatchCoach, c);

      coach->specialisms = sorted (set_of (l->coach_sets, c, 0, 2), &coach->n_specialisms);
      coach->languages = sorted (set_of (l->coach_sets, c, 1, 2), &coach->n_languages);
    }
  for (guint r = 0; r < l->out->requests->len; r++)
    {
      GroveMatchRequest *request = &g_array_index (l->out->requests, GroveMatchRequest, r);

      request->wanted = sorted (set_of (l->request_sets, r, 0, 3), &request->n_wanted);
      request->languages = sorted (set_of (l->request_sets, r, 1, 3), &request->n_languages);
      request->avoid = sorted (set_of (l->request_sets, r, 2, 3), &request->n_avoid);
    }
  l->out->instance = (GroveMatchInstance) {
    (const GroveMatchCoach *) (void *) l->out->coaches->data, l->out->coaches->len,
    (const GroveMatchRequest *) (void *) l->out->requests->data, l->out->requests->len,
    (const GroveMatchProgramme *) (void *) l->out->programmes->data, l->out->programmes->len,
    (const GroveMatchLock *) (void *) l->out->locks->data, l->out->locks->len,
  };
}

void
_grove_coaching_instance_free (GroveCoachingInstance *instance)
{
  if (instance == NULL)
    return;
  g_array_unref (instance->coaches);
  g_array_unref (instance->requests);
  g_array_unref (instance->programmes);
  g_array_unref (instance->programme_ids);
  g_array_unref (instance->locks);
  g_ptr_array_unref (instance->sets);
  g_ptr_array_unref (instance->person_names);
  g_hash_table_unref (instance->person_at);
  g_free (instance);
}

const char *
_grove_coaching_instance_name (GroveCoachingInstance *instance,
                               gint64                 person)
{
  guint at = index_of (instance->person_at, person);

  return at > 0 ? instance->person_names->pdata[at - 1] : NULL;
}

/* Inside the caller's transaction, so that what is matched is what is
 * stored. */
GroveCoachingInstance *
_grove_coaching_load (GroveStore  *store,
                      gint64       programme,
                      GError     **error)
{
  g_autoptr(GroveCoachingInstance) out = g_new0 (GroveCoachingInstance, 1);
  g_autoptr(GHashTable) strings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) coach_at = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) request_at = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GArray) people = g_array_new (FALSE, FALSE, sizeof (GroveMatchPerson));
  g_autoptr(GPtrArray) coach_sets = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autoptr(GPtrArray) request_sets = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  Loader l = { store, out, strings, NULL, people, coach_at, request_at, coach_sets, request_sets };

  out->coaches = g_array_new (FALSE, FALSE, sizeof (GroveMatchCoach));
  out->requests = g_array_new (FALSE, FALSE, sizeof (GroveMatchRequest));
  out->programmes = g_array_new (FALSE, FALSE, sizeof (GroveMatchProgramme));
  out->programme_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  out->locks = g_array_new (FALSE, FALSE, sizeof (GroveMatchLock));
  out->person_names = g_ptr_array_new_with_free_func (g_free);
  out->person_at = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  l.person_at = out->person_at;

  if (!load_people (&l, error) || !load_programmes (&l, programme, error) || !load_coaches (&l, error) ||
      !load_requests (&l, programme, error) || !load_sets (&l, error) || !load_locks (&l, error))
    return NULL;
  point_at_sets (&l);
  /* The sets own the memory the instance points into. */
  out->sets = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_ptr_array_extend_and_steal (out->sets, g_steal_pointer (&coach_sets));
  g_ptr_array_extend_and_steal (out->sets, g_steal_pointer (&request_sets));
  return g_steal_pointer (&out);
}
