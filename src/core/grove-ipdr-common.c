/* grove-ipdr-common.c: the dates, periods and checks the IPDR files share
 *
 * Dates are ISO 8601 calendar dates, "YYYY-MM-DD", which compare as
 * strings in date order: the SQL and the C compare them so.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "grove-ipdr-private.h"
#include "grove-org.h"

char *
grove_ipdr_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/* Read by hand: g_date_set_parse() follows the locale's order of day,
 * month and year, and these dates are always year first. */
static void
parse_date (const char *text,
            GDate      *date)
{
  guint year = 0, month = 0, day = 0;

  g_date_clear (date, 1);
  if (text != NULL && sscanf (text, "%4u-%2u-%2u", &year, &month, &day) == 3 &&
      g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  else
    g_date_set_dmy (date, 1, G_DATE_JANUARY, 2000);
}

char *
_grove_ipdr_add_days (const char *date,
                      int         days)
{
  GDate day;

  parse_date (date, &day);
  if (days >= 0)
    g_date_add_days (&day, (guint) days);
  else
    g_date_subtract_days (&day, (guint) -days);
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&day), g_date_get_month (&day), g_date_get_day (&day));
}

int
_grove_ipdr_days_between (const char *from,
                          const char *to)
{
  GDate a, b;

  parse_date (from, &a);
  parse_date (to, &b);
  return g_date_days_between (&a, &b);
}

/**
 * grove_ipdr_default_period:
 * @date: (nullable): a date; %NULL for today
 * @start: (out) (transfer full): 1 April of the reporting year
 * @end: (out) (transfer full): 31 March after it
 *
 * Public bodies in the UK plan by the financial year, so IPDR years run from
 * April.
 */
void
grove_ipdr_default_period (const char  *date,
                           char       **start,
                           char       **end)
{
  g_autofree char *today = date == NULL ? grove_ipdr_today () : NULL;
  GDate day;
  guint year;

  parse_date (date != NULL ? date : today, &day);
  year = g_date_get_year (&day);
  if (g_date_get_month (&day) < G_DATE_APRIL)
    year--;
  *start = g_strdup_printf ("%04u-04-01", year);
  *end = g_strdup_printf ("%04u-03-31", year + 1);
}

char *
grove_ipdr_format_period (const GroveIpdr *ipdr)
{
  g_autofree char *start = NULL, *end = NULL;

  g_return_val_if_fail (ipdr != NULL, NULL);

  grove_ipdr_default_period (ipdr->period_start, &start, &end);
  if (g_strcmp0 (start, ipdr->period_start) == 0 && g_strcmp0 (end, ipdr->period_end) == 0)
    return g_strdup_printf ("%.4s–%.2s", start, end + 2);
  {
    g_autofree char *from = grove_ipdr_format_date (ipdr->period_start);
    g_autofree char *to = grove_ipdr_format_date (ipdr->period_end);

    return g_strdup_printf ("%s – %s", from, to);
  }
}

char *
grove_ipdr_format_date (const char *iso)
{
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *text = NULL;

  if (iso == NULL)
    return NULL;
  text = g_strconcat (iso, "T00:00:00Z", NULL);
  date = g_date_time_new_from_iso8601 (text, NULL);
  if (date == NULL)
    return g_strdup (iso);
  return g_date_time_format (date, "%-d %b %Y");
}

gboolean
_grove_ipdr_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

gboolean
_grove_ipdr_check_text (const char  *text,
                        const char  *message,
                        GError     **error)
{
  if (!_grove_ipdr_is_blank (text))
    return TRUE;
  g_set_error_literal (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID, message);
  return FALSE;
}

gboolean
_grove_ipdr_check_date (const char  *date,
                        GError     **error)
{
  if (date == NULL || date[0] == '\0' || grove_person_date_is_valid (date))
    return TRUE;
  g_set_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_INVALID,
               _("“%s” is not a date; write dates as YYYY-MM-DD, for example 2026-09-30."), date);
  return FALSE;
}

GPtrArray *
_grove_ipdr_read_rows (GroveStore      *store,
                       sqlite3_stmt    *stmt,
                       gpointer       (*read) (sqlite3_stmt *stmt),
                       GDestroyNotify   free_func,
                       GError         **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (free_func);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (rows, read (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _grove_store_set_error (store, rc, _("reading the IPDR"), error);
      return NULL;
    }
  return g_steal_pointer (&rows);
}
