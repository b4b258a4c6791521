/* grove-chart-private.h: text and geometry helpers shared by the charts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include "grove-chart-style.h"

G_BEGIN_DECLS

#define GROVE_CHART_FONT_FAMILY "Cantarell, DejaVu Sans, sans-serif"

PangoContext *_grove_chart_context_new     (PangoContext            *base);
PangoLayout  *_grove_chart_text_new        (PangoContext            *context,
                                            const char              *text,
                                            double                   size,
                                            PangoWeight              weight,
                                            double                   wrap_width,
                                            int                      max_lines,
                                            PangoAlignment           alignment);
void          _grove_chart_text_size       (PangoLayout             *layout,
                                            double                  *width,
                                            double                  *height);
void          _grove_chart_text_draw       (cairo_t                 *cr,
                                            PangoLayout             *layout,
                                            const cairo_rectangle_t *box,
                                            const GroveChartColour  *colour,
                                            double                   alpha);

/* Layouts made while trying sizes and wraps for the same texts, kept so
 * that a trial that would make one again reuses it instead. */
typedef struct _GroveChartTextCache GroveChartTextCache;

GroveChartTextCache *_grove_chart_text_cache_new  (PangoContext         *context);
void                 _grove_chart_text_cache_free (GroveChartTextCache  *cache);
/* As _grove_chart_text_new(), with a weight of normal and no line limit
 * but max_lines; text must stay alive as long as the cache. Returns a new
 * reference. */
PangoLayout         *_grove_chart_text_cache_get  (GroveChartTextCache  *cache,
                                                   const char           *text,
                                                   double                size,
                                                   double                wrap_width,
                                                   int                   max_lines,
                                                   PangoAlignment        alignment);

gboolean      _grove_chart_rect_intersects (const cairo_rectangle_t *a,
                                            const cairo_rectangle_t *b,
                                            double                   pad);
gboolean      _grove_chart_rect_contains   (const cairo_rectangle_t *r,
                                            double                   x,
                                            double                   y);
void          _grove_chart_rect_union      (cairo_rectangle_t       *acc,
                                            const cairo_rectangle_t *r);

G_END_DECLS
