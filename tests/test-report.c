/* test-report.c: the printable IPDR record as a PDF: valid, paged as the
 * writer counted, and holding the record's text
 *
 * The text is read back with pdftotext (poppler-utils) when the build found
 * it; the page count and the PDF's structure are checked either way.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "grove-ipdr.h"
#include "grove-ipdr-notes.h"
#include "grove-ipdr-objective.h"
#include "grove-ipdr-plan.h"
#include "grove-ipdr-report.h"
#include "grove-test-ipdr.h"
#include "grove-test-utils.h"

static void
fixture_set_up (IpdrOrg       *f,
                gconstpointer  data)
{
  grove_test_ipdr_org_set_up (f);
}

static void
fixture_tear_down (IpdrOrg       *f,
                   gconstpointer  data)
{
  grove_test_ipdr_org_tear_down (f);
}

/* The text of the PDF, pages separated by form feeds; NULL without
 * pdftotext. */
static char *
pdf_text (const char *path)
{
  const char *tool = g_getenv ("PDFTOTEXT");
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;
  const char *argv[] = { tool, "-layout", "-enc", "UTF-8", path, "-", NULL };

  if (tool == NULL || tool[0] == '\0')
    return NULL;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* How often `needle` occurs in binary `data`, where NUL bytes are common. */
static guint
count_occurrences (const char *data,
                   gsize       length,
                   const char *needle)
{
  gsize n = strlen (needle);
  guint count = 0;

  for (gsize i = 0; i + n <= length; i++)
    count += memcmp (data + i, needle, n) == 0;
  return count;
}

static guint
count_pages_in_file (const char *path)
{
  g_autofree char *data = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  g_assert_true (g_str_has_prefix (data, "%PDF-1."));
  g_assert_cmpuint (count_occurrences (data, length, "%%EOF"), >=, 1);
  /* Each page object is "/Type /Page", the page tree "/Type /Pages". */
  return count_occurrences (data, length, "/Type /Page") - count_occurrences (data, length, "/Type /Pages");
}

static void
test_short_record (IpdrOrg       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveIpdrReport) report = NULL;
  g_autofree char *path = g_build_filename (f->dir, "short.pdf", NULL);
  g_autofree char *text = NULL;
  gint64 ipdr = grove_test_ipdr_create (f, f->ann);
  GroveReview review = { 0 };

  grove_test_ipdr_add_objective (f, ipdr, "Publish the service standard", "2026-12-31", 40);
  review.kind = GROVE_REVIEW_MID_YEAR;
  review.held = (char *) "2026-10-01";
  review.learned = (char *) "To ask for help early";
  review.manager_view = (char *) "Ready for a bigger project";
  g_assert_true (grove_ipdr_save_review (f->store, ipdr, &review, &error));

  report = grove_ipdr_report_new (f->store, ipdr, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (grove_ipdr_report_count_pages (report), ==, 1);
  /* A record of a person's performance: theirs and their manager's only,
   * whatever the umask says. */
  {
    mode_t old = umask (022);
    GStatBuf info;

    g_assert_true (grove_ipdr_report_save_pdf (report, path, &error));
    umask (old);
    g_assert_no_error (error);
    g_assert_cmpint (g_stat (path, &info), ==, 0);
    g_assert_cmpint (info.st_mode & 0777, ==, 0600);
  }
  g_assert_cmpuint (count_pages_in_file (path), ==, 1);

  if ((text = pdf_text (path)) == NULL)
    {
      g_test_message ("pdftotext not found: the text is not checked");
      return;
    }
  g_assert_nonnull (strstr (text, "Individual Performance and Development"));
  g_assert_nonnull (strstr (text, "Ann Jones"));
  g_assert_nonnull (strstr (text, "Mo Manager"));
  g_assert_nonnull (strstr (text, "2026–27"));
  g_assert_nonnull (strstr (text, "Publish the service standard"));
  g_assert_nonnull (strstr (text, "To ask for help early"));
  g_assert_nonnull (strstr (text, "Ready for a bigger project"));
  g_assert_nonnull (strstr (text, "Signed by the line manager"));
  g_assert_nonnull (strstr (text, "Page 1 of 1"));
}

static void
test_long_record (IpdrOrg       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveIpdrReport) report = NULL;
  g_autofree char *path = g_build_filename (f->dir, "long.pdf", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) pages = NULL;
  gint64 ipdr = grove_test_ipdr_create (f, f->ben);
  guint counted;

  /* Far more than fits on a page: 40 objectives and 40 notes. */
  for (guint i = 1; i <= 40; i++)
    {
      g_autofree char *title = g_strdup_printf ("Objective number %u, with a title long enough to wrap onto "
                                                "a second line of its cell", i);
      g_autofree char *observation = g_strdup_printf ("Observation %u", i);
      GroveWpaNote note = { 0 };

      grove_test_ipdr_add_objective (f, ipdr, title, "2026-12-31", i);
      note.noted = (char *) "2026-06-01";
      note.observation = observation;
      note.feedback = (char *) "Constructive feedback, given on the day.";
      g_assert_cmpint (grove_ipdr_add_wpa_note (f->store, ipdr, &note, &error), >, 0);
    }

  report = grove_ipdr_report_new (f->store, ipdr, &error);
  g_assert_no_error (error);
  counted = grove_ipdr_report_count_pages (report);
  g_assert_cmpuint (counted, >=, 4);
  g_assert_cmpuint (counted, <=, 8);
  g_assert_true (grove_ipdr_report_save_pdf (report, path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_pages_in_file (path), ==, counted);

  if ((text = pdf_text (path)) == NULL)
    {
      g_test_message ("pdftotext not found: the text is not checked");
      return;
    }
  /* Every page says which it is, of how many. */
  pages = g_strsplit (text, "\f", -1);
  g_assert_cmpuint (g_strv_length (pages), ==, counted + 1); /* after the last form feed, "" */
  for (guint i = 0; i < counted; i++)
    {
      g_autofree char *footer = g_strdup_printf ("IPDR of Ben Evans, 2026–27 · Page %u of %u", i + 1, counted);

      g_assert_nonnull (strstr (pages[i], footer));
    }
  /* Every objective and note is there, and the sign-off ends the record. */
  for (guint i = 1; i <= 40; i++)
    {
      g_autofree char *observation = g_strdup_printf ("Observation %u ", i);
      g_autofree char *objective = g_strdup_printf ("Objective number %u,", i);

      g_assert_nonnull (strstr (text, objective));
      g_assert_nonnull (strstr (text, observation));
    }
  g_assert_nonnull (strstr (pages[counted - 1], "Signed by the person"));
  /* The table headings repeat on the pages a table runs onto. */
  g_assert_nonnull (strstr (pages[1], "Objective and measure of success"));
}

/* A4 in points, one pixel to a point. */
#define PAGE_PIXELS_WIDE 596
#define PAGE_PIXELS_HIGH 842

/* Pixels that are not white, on a page drawn alone, as a printer asks. */
static guint
ink_on_page (GroveIpdrReport *report,
             guint            page,
             guint            total,
             guint32        **pixels_out)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, PAGE_PIXELS_WIDE, PAGE_PIXELS_HIGH);
  cairo_t *cr = cairo_create (surface);
  int stride = cairo_image_surface_get_stride (surface);
  int height = cairo_image_surface_get_height (surface);
  int width = cairo_image_surface_get_width (surface);
  guint ink = 0;
  guint32 *pixels;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  grove_ipdr_report_render_page (report, cr, page, total);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  pixels = g_new (guint32, (gsize) width * height);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 pixel = ((guint32 *) (cairo_image_surface_get_data (surface) + y * stride))[x] & 0xffffff;

        pixels[y * width + x] = pixel;
        ink += pixel != 0xffffff;
      }
  cairo_surface_destroy (surface);
  if (pixels_out != NULL)
    *pixels_out = pixels;
  else
    g_free (pixels);
  return ink;
}

static void
test_render_page (IpdrOrg       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveIpdrReport) report = NULL;
  g_autofree guint32 *first = NULL;
  g_autofree guint32 *second = NULL;
  gint64 ipdr = grove_test_ipdr_create (f, f->ben);
  guint total;

  for (guint i = 1; i <= 30; i++)
    {
      g_autofree char *title = g_strdup_printf ("Objective number %u, long enough to wrap onto a second line", i);

      grove_test_ipdr_add_objective (f, ipdr, title, "2026-12-31", i);
    }
  report = grove_ipdr_report_new (f->store, ipdr, &error);
  g_assert_no_error (error);
  total = grove_ipdr_report_count_pages (report);
  g_assert_cmpuint (total, >=, 2);

  /* Every page has something on it, and each is its own. */
  g_assert_cmpuint (ink_on_page (report, 1, total, &first), >, 1000);
  g_assert_cmpuint (ink_on_page (report, 2, total, &second), >, 1000);
  g_assert_true (memcmp (first, second, sizeof (guint32) * PAGE_PIXELS_WIDE * PAGE_PIXELS_HIGH) != 0);
  for (guint page = 3; page <= total; page++)
    g_assert_cmpuint (ink_on_page (report, page, total, NULL), >, 0);
  /* Past the end, nothing. */
  g_assert_cmpuint (ink_on_page (report, total + 1, total, NULL), ==, 0);
}

static void
test_unwritable (IpdrOrg       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveIpdrReport) report = grove_ipdr_report_new (f->store, grove_test_ipdr_create (f, f->ann), &error);
  g_autofree char *path = g_build_filename (f->dir, "no-such-folder", "x.pdf", NULL);

  g_assert_no_error (error);
  g_assert_false (grove_ipdr_report_save_pdf (report, path, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);
  g_assert_null (grove_ipdr_report_new (f->store, 9999, &error));
  g_assert_error (error, GROVE_STORE_ERROR, GROVE_STORE_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add ((path), IpdrOrg, NULL, fixture_set_up, (func), fixture_tear_down)
  ADD ("/report/ipdr/short", test_short_record);
  ADD ("/report/ipdr/long-record-pages", test_long_record);
  ADD ("/report/ipdr/render-page", test_render_page);
  ADD ("/report/ipdr/errors", test_unwritable);
#undef ADD

  return g_test_run ();
}
