/* test-cli-chart.c: grove-cli chart and heatmap as a script would use them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <cairo.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "grove-test-utils.h"

enum { EXIT_OK = 0, EXIT_USAGE = 2, EXIT_DATA = 3, EXIT_NOT_FOUND = 5 };

#define ROUND "Learning culture survey 2026"

typedef struct {
  char *dir;
  char *db;
  char *out;
  char *err;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = grove_test_mkdtemp ();
  f->db = g_build_filename (f->dir, "grove.db", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  grove_test_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->db);
  g_free (f->out);
  g_free (f->err);
}

static int
cli_argv (Fixture     *f,
          const char **args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  g_ptr_array_add (argv, (char *) g_getenv ("GROVE_CLI"));
  g_ptr_array_add (argv, (char *) "--db");
  g_ptr_array_add (argv, f->db);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  g_clear_pointer (&f->out, g_free);
  g_clear_pointer (&f->err, g_free);
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &f->out, &f->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  return WEXITSTATUS (wait_status);
}

G_GNUC_NULL_TERMINATED static int
cli (Fixture    *f,
     const char *first,
     ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  const char *arg = first;
  va_list list;

  va_start (list, first);
  for (; arg != NULL; arg = va_arg (list, const char *))
    g_ptr_array_add (args, (char *) arg);
  va_end (list);
  g_ptr_array_add (args, NULL);
  return cli_argv (f, (const char **) args->pdata);
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("expected “%s” in:\n%s", needle, haystack);
}

/* PDF streams hold NUL bytes, so string functions would stop early. */
static gboolean
bytes_contain (const char *data,
               gsize       size,
               const char *needle)
{
  gsize length = strlen (needle);

  for (gsize i = 0; i + length <= size; i++)
    if (memcmp (data + i, needle, length) == 0)
      return TRUE;
  return FALSE;
}

static char *
read_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

/* The PNG decodes, has the size asked for, and is not one flat colour. */
static void
assert_png (const char *path,
            int         width,
            int         height)
{
  cairo_surface_t *surface = cairo_image_surface_create_from_png (path);
  const guint32 *pixels;
  gboolean varied = FALSE;
  int stride;

  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, height);
  pixels = (const guint32 *) cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface) / 4;
  for (int y = 0; y < height && !varied; y++)
    for (int x = 0; x < width && !varied; x++)
      varied = pixels[y * stride + x] != pixels[0];
  g_assert_true (varied);
  cairo_surface_destroy (surface);
}

static void
test_chart_png (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "digital.png", NULL);
  mode_t old_umask;
  int status;

  g_assert_cmpint (cli (f, "demo", NULL), ==, EXIT_OK);

  /* Whatever the umask lets through, the chart is the user's alone. */
  old_umask = umask (0);
  status = cli (f, "chart", "--round", ROUND, "--unit", "Digital Services", "--compare", "org,previous,target",
                "--format", "png", "--width", "800", "--height", "600", "-o", path, NULL);
  umask (old_umask);
  g_assert_cmpint (status, ==, EXIT_OK);
  g_assert_cmpstr (f->err, ==, "");
  g_assert_cmpint (grove_test_file_mode (path), ==, 0600);
  assert_png (path, 800, 600);
}

static void
test_chart_svg_pdf (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *svg_path = g_build_filename (f->dir, "chart.svg", NULL);
  g_autofree char *pdf_path = g_build_filename (f->dir, "chart.pdf", NULL);
  g_autofree char *svg = NULL;
  g_autoptr(GBytes) pdf = NULL;
  const char *pdf_data;
  gsize pdf_size;

  g_assert_cmpint (cli (f, "demo", NULL), ==, EXIT_OK);
  g_assert_cmpint (cli (f, "chart", "--round", "2", "--unit", "Digital Services", "--theme", "high-contrast",
                        "--width", "640", "--height", "480", "-o", svg_path, NULL), ==, EXIT_OK);
  svg = read_text (svg_path);
  g_assert_true (g_str_has_prefix (svg, "<?xml"));
  assert_contains (svg, "<svg ");
  assert_contains (svg, "width=\"640px\" height=\"480px\"");
  g_assert_true (g_str_has_suffix (g_strchomp (svg), "</svg>"));

  g_assert_cmpint (cli (f, "chart", "--round", "2", "--unit", "Digital Services", "--format", "pdf",
                        "--theme", "dark", "--width", "720", "--height", "540", "-o", pdf_path, NULL), ==, EXIT_OK);
  pdf = grove_test_read_bytes (pdf_path);
  pdf_data = g_bytes_get_data (pdf, &pdf_size);
  g_assert_cmpuint (pdf_size, >, 1000);
  g_assert_true (memcmp (pdf_data, "%PDF-", 5) == 0);
  g_assert_true (bytes_contain (pdf_data, pdf_size, "/MediaBox [ 0 0 720 540 ]"));
  g_assert_true (bytes_contain (pdf_data + pdf_size - 8, 8, "%%EOF"));
  g_assert_cmpint (grove_test_file_mode (pdf_path), ==, 0600);
}

static void
test_chart_suppressed (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "office.png", NULL);

  g_assert_cmpint (cli (f, "demo", NULL), ==, EXIT_OK);
  g_assert_cmpint (cli (f, "chart", "--round", ROUND, "--unit", "Private Office", "-o", path, NULL), ==, EXIT_DATA);
  assert_contains (f->err, "“Private Office”");
  assert_contains (f->err, "suppressed");
  assert_contains (f->err, "Fewer than 5 people answered in this team");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  /* A team suppressed to prevent differencing is refused too, for that reason. */
  g_assert_cmpint (cli (f, "chart", "--round", ROUND, "--unit", "Finance Business Partnering", "-o", path, NULL),
                   ==, EXIT_DATA);
  assert_contains (f->err, "worked out from the others");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  /* With a threshold low enough, the office is shown. */
  g_assert_cmpint (cli (f, "chart", "--round", ROUND, "--unit", "Private Office", "--threshold", "1",
                        "--width", "400", "--height", "300", "-o", path, NULL), ==, EXIT_OK);
  assert_png (path, 400, 300);

  g_assert_cmpint (cli (f, "chart", "--round", ROUND, "--unit", "No Such Team", "-o", path, NULL), ==, EXIT_NOT_FOUND);
  g_assert_cmpint (cli (f, "chart", "--round", "Pulse 1999", "--unit", "Digital Services", "-o", path, NULL),
                   ==, EXIT_NOT_FOUND);
}

static void
test_heatmap (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "heatmap.png", NULL);
  g_autofree char *svg_path = g_build_filename (f->dir, "heatmap.svg", NULL);
  g_autofree char *svg = NULL;
  mode_t old_umask;
  int status;

  g_assert_cmpint (cli (f, "demo", NULL), ==, EXIT_OK);

  /* An existing, readable file is replaced by a private one, even under
   * a umask that would leave the owner unable to write. */
  g_free (grove_test_write_file (f->dir, "heatmap.png", "old", -1));
  g_assert_no_errno (g_chmod (path, 0644));
  old_umask = umask (0277);
  status = cli (f, "heatmap", "--round", ROUND, "--width", "1000", "--height", "700", "-o", path, NULL);
  umask (old_umask);
  g_assert_cmpint (status, ==, EXIT_OK);
  g_assert_cmpint (grove_test_file_mode (path), ==, 0600);
  assert_png (path, 1000, 700);
  /* The suppressed teams are named, with the reason, and drawn as gaps. */
  assert_contains (f->err, "“Private Office” is drawn without figures: Fewer than 5 people answered");
  assert_contains (f->err, "“Finance Business Partnering” is drawn without figures");

  g_assert_cmpint (cli (f, "heatmap", "--round", ROUND, "--unit", "Delivery and Operations",
                        "--format", "svg", "--width", "900", "--height", "400", "-o", svg_path, NULL), ==, EXIT_OK);
  g_assert_cmpstr (f->err, ==, "");
  svg = read_text (svg_path);
  assert_contains (svg, "width=\"900px\" height=\"400px\"");

  g_assert_cmpint (cli (f, "heatmap", "--round", ROUND, "--unit", "Private Office", "-o", svg_path, NULL),
                   ==, EXIT_DATA);
  assert_contains (f->err, "“Private Office”");
}

static void
test_usage (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "out.png", NULL);
  g_autofree char *text_path = g_build_filename (f->dir, "out.txt", NULL);
  const char *cases[][16] = {
    { "chart", "--unit", "Digital Services", "-o", path, NULL },
    { "chart", "--round", ROUND, "-o", path, NULL },
    { "chart", "--round", ROUND, "--unit", "Digital Services", NULL },
    { "chart", "--round", ROUND, "--unit", "Digital Services", "--format", "gif", "-o", path, NULL },
    { "chart", "--round", ROUND, "--unit", "Digital Services", "-o", text_path, NULL },
    { "chart", "--round", ROUND, "--unit", "Digital Services", "--width", "0", "-o", path, NULL },
    { "chart", "--round", ROUND, "--unit", "Digital Services", "--width", "wide", "-o", path, NULL },
    { "chart", "--round", ROUND, "--unit", "Digital Services", "--height", "99999", "-o", path, NULL },
    { "chart", "--round", ROUND, "--unit", "Digital Services", "--theme", "sepia", "-o", path, NULL },
    { "chart", "--round", ROUND, "--unit", "Digital Services", "--compare", "boss", "-o", path, NULL },
    { "chart", "--round", ROUND, "--unit", "Digital Services", "--threshold", "0", "-o", path, NULL },
    { "chart", "--round", ROUND, "--unit", "Digital Services", "--colour", "red", "-o", path, NULL },
    { "chart", "--round", ROUND, "--unit", "Digital Services", "-o", path, "extra", NULL },
    { "heatmap", "-o", path, NULL },
    { "heatmap", "--round", ROUND, "--format", "jpeg", "-o", path, NULL },
    { "heatmap", "--round", ROUND, "--compare", "org", "-o", path, NULL },
  };

  g_assert_cmpint (cli (f, "demo", NULL), ==, EXIT_OK);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("case %u", i);
      g_assert_cmpint (cli_argv (f, cases[i]), ==, EXIT_USAGE);
      g_assert_true (g_str_has_prefix (f->err, "grove-cli: "));
      assert_contains (f->err, "grove-cli --help");
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
      g_assert_false (g_file_test (text_path, G_FILE_TEST_EXISTS));
    }

  g_assert_cmpint (cli (f, "chart", "--help", NULL), ==, EXIT_OK);
  assert_contains (f->out, "--compare");
  assert_contains (f->out, "--theme");
}

/* The learning needs of a unit as a bar chart, in each format; a unit
 * merged upwards for anonymity is refused. */
static void
test_needs_chart (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *png = g_build_filename (f->dir, "needs.png", NULL);
  g_autofree char *svg = g_build_filename (f->dir, "needs.svg", NULL);
  g_autofree char *pdf = g_build_filename (f->dir, "needs.pdf", NULL);
  g_autofree char *text = NULL;
  mode_t old_umask;
  int status;

  g_assert_cmpint (cli (f, "demo", NULL), ==, EXIT_OK);

  old_umask = umask (0);
  status = cli (f, "needs", "chart", "--unit", "Digital Services", "--by", "capability", "--format", "png",
                "--width", "640", "--height", "360", "-o", png, NULL);
  umask (old_umask);
  g_assert_cmpint (status, ==, EXIT_OK);
  g_assert_cmpstr (f->err, ==, "");
  g_assert_cmpint (grove_test_file_mode (png), ==, 0600);
  assert_png (png, 640, 360);

  g_assert_cmpint (cli (f, "needs", "chart", "--by", "method", "-o", svg, NULL), ==, EXIT_OK);
  text = read_text (svg);
  assert_contains (text, "<svg");
  g_assert_cmpint (cli (f, "needs", "chart", "--unit", "Policy and Strategy", "--by", "condition", "-o", pdf, NULL),
                   ==, EXIT_OK);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));

  g_assert_cmpint (cli (f, "needs", "chart", "--unit", "Private Office", "-o", png, NULL), ==, EXIT_DATA);
  assert_contains (f->err, "are not shown on their own");
  assert_contains (f->err, "Fewer than 5 people");

  g_assert_cmpint (cli (f, "needs", "chart", "--by", "team", "-o", png, NULL), ==, EXIT_USAGE);
  assert_contains (f->err, "--by wants capability, method or condition");
  g_assert_cmpint (cli (f, "needs", "chart", "--unit", "Digital Services", NULL), ==, EXIT_USAGE);
  g_assert_cmpint (cli (f, "needs", "chart", "--unit", "Nowhere", "-o", png, NULL), ==, EXIT_NOT_FOUND);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli/chart/png", test_chart_png);
  ADD ("/cli/chart/svg-pdf", test_chart_svg_pdf);
  ADD ("/cli/chart/suppressed", test_chart_suppressed);
  ADD ("/cli/chart/heatmap", test_heatmap);
  ADD ("/cli/chart/usage", test_usage);
  ADD ("/cli/chart/needs", test_needs_chart);
#undef ADD

  return g_test_run ();
}
