/* grove-chart-text.c: Pango text and rectangle helpers shared by the charts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "grove-chart-private.h"

#include <math.h>

/* Metrics hinting is turned off so that a chart laid out once measures the
 * same on screen, in a PNG, an SVG and a PDF: label boxes and hit-testing
 * then agree with what is drawn on every surface. */
PangoContext *
_grove_chart_context_new (PangoContext *base)
{
  PangoFontMap *font_map = base != NULL ? pango_context_get_font_map (base) : pango_cairo_font_map_get_default ();
  PangoContext *context = pango_font_map_create_context (font_map);
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (context, FALSE);

  return context;
}

static PangoLayout *
text_layout_new (PangoContext   *context,
                 const char     *text,
                 double          size,
                 PangoWeight     weight,
                 double          wrap_width,
                 int             max_lines,
                 PangoAlignment  alignment)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *font = pango_font_description_from_string (GROVE_CHART_FONT_FAMILY);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, weight);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  pango_layout_set_alignment (layout, alignment);
  if (wrap_width > 0)
    {
      pango_layout_set_width (layout, (int) (wrap_width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
    }
  if (max_lines > 0)
    {
      pango_layout_set_height (layout, -max_lines);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  return layout;
}

/* Laying out a chart again (a redraw, the next frame of a transition, the
 * same chart for another file) asks for the same texts at the same sizes:
 * shaping and line-breaking them once is much of what drawing a chart
 * costs. The layouts are never changed once made, so they can be shared;
 * each thread keeps its own, as Pango objects are not for sharing across
 * threads, and the whole lot is dropped once it grows large. Every chart
 * context is made by _grove_chart_context_new() with the same options, so
 * the font map tells contexts apart. */
#define SHARED_TEXTS_MAX 2048

static void
shared_texts_free (gpointer data)
{
  g_hash_table_unref (data);
}

static GPrivate shared_texts = G_PRIVATE_INIT (shared_texts_free);

static GHashTable *
get_shared_texts (void)
{
  GHashTable *texts = g_private_get (&shared_texts);

  if (texts == NULL)
    {
      texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
      g_private_set (&shared_texts, texts);
    }
  return texts;
}

/* wrap_width <= 0 means one line; max_lines > 0 ellipsizes after that many
 * lines, which is the last resort when a label cannot fit otherwise. Words
 * are never broken: a word wider than the wrap width makes the text wider,
 * and the caller measures that. The layout returned must not be changed. */
PangoLayout *
_grove_chart_text_new (PangoContext   *context,
                       const char     *text,
                       double          size,
                       PangoWeight     weight,
                       double          wrap_width,
                       int             max_lines,
                       PangoAlignment  alignment)
{
  GHashTable *texts = get_shared_texts ();
  g_autofree char *key = g_strdup_printf ("%p|%a|%d|%a|%d|%d|%s", (void *) pango_context_get_font_map (context),
                                          size, (int) weight, wrap_width > 0 ? wrap_width : 0.0,
                                          MAX (max_lines, 0), (int) alignment, text != NULL ? text : "");
  PangoLayout *layout = g_hash_table_lookup (texts, key);

  if (layout != NULL)
    return g_object_ref (layout);
  if (g_hash_table_size (texts) >= SHARED_TEXTS_MAX)
    g_hash_table_remove_all (texts);
  layout = text_layout_new (context, text, size, weight, wrap_width, max_lines, alignment);
  g_hash_table_insert (texts, g_steal_pointer (&key), g_object_ref (layout));
  return layout;
}

typedef struct {
  const char     *text;
  double          size;
  double          wrap_width;
  int             max_lines;
  PangoAlignment  alignment;
  PangoLayout    *layout;
  int             one_line_width; /* Pango units; -1 unless one line, not ellipsized */
} CachedText;

struct _GroveChartTextCache {
  PangoContext *context;
  GArray       *entries; /* of CachedText */
};

static void
cached_text_clear (gpointer data)
{
  g_object_unref (((CachedText *) data)->layout);
}

GroveChartTextCache *
_grove_chart_text_cache_new (PangoContext *context)
{
  GroveChartTextCache *cache = g_new0 (GroveChartTextCache, 1);

  cache->context = g_object_ref (context);
  cache->entries = g_array_new (FALSE, FALSE, sizeof (CachedText));
  g_array_set_clear_func (cache->entries, cached_text_clear);
  return cache;
}

void
_grove_chart_text_cache_free (GroveChartTextCache *cache)
{
  if (cache == NULL)
    return;
  g_array_unref (cache->entries);
  g_object_unref (cache->context);
  g_free (cache);
}

/* The same settings make the same layout; and a text that took one line
 * takes the same one line at any wrap width it fits in, whatever the
 * alignment, since the text is drawn from its extents. A pixel to spare
 * keeps rounding from deciding otherwise. */
static gboolean
cached_text_matches (const CachedText *entry,
                     const char       *text,
                     double            size,
                     double            wrap_width,
                     int               max_lines,
                     PangoAlignment    alignment)
{
  if (entry->text != text || entry->size != size)
    return FALSE;
  if (entry->wrap_width == wrap_width && entry->max_lines == max_lines && entry->alignment == alignment)
    return TRUE;
  return entry->one_line_width >= 0 && wrap_width > 0 &&
         entry->one_line_width + PANGO_SCALE <= wrap_width * PANGO_SCALE;
}

PangoLayout *
_grove_chart_text_cache_get (GroveChartTextCache *cache,
                             const char          *text,
                             double               size,
                             double               wrap_width,
                             int                  max_lines,
                             PangoAlignment       alignment)
{
  CachedText entry = { text, size, wrap_width, max_lines, alignment, NULL, -1 };
  PangoRectangle logical;

  for (guint i = 0; i < cache->entries->len; i++)
    {
      CachedText *cached = &g_array_index (cache->entries, CachedText, i);

      if (cached_text_matches (cached, text, size, wrap_width, max_lines, alignment))
        return g_object_ref (cached->layout);
    }

  entry.layout = _grove_chart_text_new (cache->context, text, size, PANGO_WEIGHT_NORMAL, wrap_width, max_lines,
                                        alignment);
  if (pango_layout_get_line_count (entry.layout) == 1 && !pango_layout_is_ellipsized (entry.layout))
    {
      pango_layout_get_extents (entry.layout, NULL, &logical);
      entry.one_line_width = logical.width;
    }
  g_array_append_val (cache->entries, entry);
  return g_object_ref (entry.layout);
}

/* The box of a text is the union of its logical and ink extents, so that
 * accents and descenders stay inside the box that the layout keeps clear. */
static void
text_extents (PangoLayout    *layout,
              PangoRectangle *box)
{
  PangoRectangle ink, logical;
  int x0, y0, x1, y1;

  pango_layout_get_extents (layout, &ink, &logical);
  x0 = MIN (ink.x, logical.x);
  y0 = MIN (ink.y, logical.y);
  x1 = MAX (ink.x + ink.width, logical.x + logical.width);
  y1 = MAX (ink.y + ink.height, logical.y + logical.height);
  if (ink.width == 0 || ink.height == 0)
    {
      x0 = logical.x, y0 = logical.y;
      x1 = logical.x + logical.width, y1 = logical.y + logical.height;
    }
  box->x = x0, box->y = y0, box->width = x1 - x0, box->height = y1 - y0;
}

void
_grove_chart_text_size (PangoLayout *layout,
                        double      *width,
                        double      *height)
{
  PangoRectangle box;

  text_extents (layout, &box);
  *width = ceil ((double) box.width / PANGO_SCALE);
  *height = ceil ((double) box.height / PANGO_SCALE);
}

/* Draws the text so that its extents start at the box's top-left corner. */
void
_grove_chart_text_draw (cairo_t                 *cr,
                        PangoLayout             *layout,
                        const cairo_rectangle_t *box,
                        const GroveChartColour  *colour,
                        double                   alpha)
{
  PangoRectangle extents;

  text_extents (layout, &extents);
  cairo_save (cr);
  grove_chart_set_source_colour (cr, colour, alpha);
  cairo_move_to (cr, box->x - (double) extents.x / PANGO_SCALE, box->y - (double) extents.y / PANGO_SCALE);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

gboolean
_grove_chart_rect_intersects (const cairo_rectangle_t *a,
                              const cairo_rectangle_t *b,
                              double                   pad)
{
  if (a->width <= 0 || a->height <= 0 || b->width <= 0 || b->height <= 0)
    return FALSE;
  return a->x < b->x + b->width + pad && b->x < a->x + a->width + pad &&
         a->y < b->y + b->height + pad && b->y < a->y + a->height + pad;
}

gboolean
_grove_chart_rect_contains (const cairo_rectangle_t *r,
                            double                   x,
                            double                   y)
{
  return x >= r->x && x < r->x + r->width && y >= r->y && y < r->y + r->height;
}

void
_grove_chart_rect_union (cairo_rectangle_t       *acc,
                         const cairo_rectangle_t *r)
{
  double x0, y0, x1, y1;

  if (r->width <= 0 || r->height <= 0)
    return;
  if (acc->width <= 0 || acc->height <= 0)
    {
      *acc = *r;
      return;
    }
  x0 = MIN (acc->x, r->x);
  y0 = MIN (acc->y, r->y);
  x1 = MAX (acc->x + acc->width, r->x + r->width);
  y1 = MAX (acc->y + acc->height, r->y + r->height);
  acc->x = x0, acc->y = y0, acc->width = x1 - x0, acc->height = y1 - y0;
}
