/* grove-coaching-row.c: one row of a list on the Coaching page
 *
 * The pool, the waiting list, the relationships and the proposals are all
 * read-only tables of text, so one row type serves them all: the ids say
 * what the row stands for (a coach, a request, a relationship, or a request
 * and the coach proposed for it) and the texts are the columns, formatted
 * once when the list is read rather than on every bind.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "grove-coaching-row.h"

struct _GroveCoachingRow
{
  GObject  parent_instance;

  gint64   id;
  gint64   other_id;
  GStrv    texts;
  char    *folded;   /* every column, case-folded, for the search */
};

G_DEFINE_FINAL_TYPE (GroveCoachingRow, grove_coaching_row, G_TYPE_OBJECT)

static void
grove_coaching_row_finalize (GObject *object)
{
  GroveCoachingRow *self = GROVE_COACHING_ROW (object);

  g_strfreev (self->texts);
  g_free (self->folded);

  G_OBJECT_CLASS (grove_coaching_row_parent_class)->finalize (object);
}

static void
grove_coaching_row_class_init (GroveCoachingRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = grove_coaching_row_finalize;
}

static void
grove_coaching_row_init (GroveCoachingRow *self)
{
}

/* Takes @texts. */
GroveCoachingRow *
grove_coaching_row_new (gint64 id,
                        gint64 other_id,
                        GStrv  texts)
{
  GroveCoachingRow *self = g_object_new (GROVE_TYPE_COACHING_ROW, NULL);
  g_autofree char *joined = NULL;

  self->id = id;
  self->other_id = other_id;
  self->texts = texts != NULL ? texts : g_new0 (char *, 1);
  joined = g_strjoinv ("\n", self->texts);
  self->folded = g_utf8_casefold (joined, -1);
  return self;
}

gint64
grove_coaching_row_get_id (GroveCoachingRow *self)
{
  g_return_val_if_fail (GROVE_IS_COACHING_ROW (self), 0);
  return self->id;
}

gint64
grove_coaching_row_get_other_id (GroveCoachingRow *self)
{
  g_return_val_if_fail (GROVE_IS_COACHING_ROW (self), 0);
  return self->other_id;
}

const char *
grove_coaching_row_get_text (GroveCoachingRow *self,
                             guint             column)
{
  g_return_val_if_fail (GROVE_IS_COACHING_ROW (self), NULL);

  if (column >= g_strv_length (self->texts))
    return "";
  return self->texts[column];
}

/* @folded: case-folded search text, or NULL to match every row. */
gboolean
grove_coaching_row_matches (GroveCoachingRow *self,
                            const char       *folded)
{
  g_return_val_if_fail (GROVE_IS_COACHING_ROW (self), FALSE);
  return folded == NULL || strstr (self->folded, folded) != NULL;
}
