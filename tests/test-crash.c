/* test-crash.c: a writer killed at random moments never loses a committed
 * write and never leaves a damaged database
 *
 * Each trial starts tests/crash/grove-crash-writer on the same database,
 * lets it write for a random few milliseconds and kills it with SIGKILL;
 * one trial in ten kills it at a random moment from its start, which may
 * be while it opens the database and recovers it from the last kill.
 * Then the database must open, pass PRAGMA integrity_check, and hold every
 * write the writer reported, from this trial and all before it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <errno.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "crash/grove-crash-writes.h"
#include "grove-test-utils.h"

#define TRIALS 100

/* Everything the writer sent before it died; a line cut short by the kill
 * was never reported, so it is dropped. */
static void
read_reports (int        fd,
              GPtrArray *reported)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_auto(GStrv) lines = NULL;
  char buffer[65536];
  ssize_t got;

  while ((got = read (fd, buffer, sizeof buffer)) != 0)
    {
      if (got < 0 && errno == EINTR)
        continue;
      g_assert_cmpint (got, >, 0);
      g_string_append_len (text, buffer, got);
    }
  lines = g_strsplit (text->str, "\n", -1);
  for (guint i = 0; lines[i] != NULL && lines[i + 1] != NULL; i++)
    if (!g_str_equal (lines[i], "ready"))
      g_ptr_array_add (reported, g_strdup (lines[i]));
}

/* Reads one line, byte by byte so as to leave the rest in the pipe. */
static char *
read_line (int fd)
{
  g_autoptr(GString) line = g_string_new (NULL);
  char c;

  while (read (fd, &c, 1) == 1 && c != '\n')
    g_string_append_c (line, c);
  return g_string_free (g_steal_pointer (&line), FALSE);
}

/* Killing a process tests what the kernel keeps of its writes, so the
 * database may live in memory: fsync() is then free, and 100 trials fast. */
static char *
make_dir (void)
{
  g_autofree char *shm = g_strdup ("/dev/shm/grove-crash-XXXXXX");

  if (g_file_test ("/dev/shm", G_FILE_TEST_IS_DIR) && g_mkdtemp_full (shm, 0700) != NULL)
    return g_steal_pointer (&shm);
  return grove_test_mkdtemp ();
}

static void
check_database (const char *path,
                GPtrArray  *reported,
                guint       from)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GroveStore) store = grove_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_true (grove_store_check_integrity (store, &error));
  g_assert_no_error (error);
  for (guint i = from; i < reported->len; i++)
    grove_crash_check_line (store, g_ptr_array_index (reported, i));
}

static void
test_kill_writer (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "grove.db", NULL);
  g_autofree char *writer = g_test_build_filename (G_TEST_BUILT, "grove-crash-writer", NULL);
  g_autoptr(GPtrArray) reported = g_ptr_array_new_with_free_func (g_free);
  guint killed_writing = 0;

  for (guint trial = 0; trial < TRIALS; trial++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *run = g_strdup_printf ("%u", trial);
      g_autofree char *seed = g_strdup_printf ("%u", g_test_rand_int ());
      const char *argv[] = { writer, path, run, seed, NULL };
      guint before = reported->len;
      GPid pid;
      int out = -1;
      int status = 0;

      g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                                &pid, NULL, &out, NULL, &error);
      g_assert_no_error (error);
      if (trial % 10 == 0)
        g_usleep (g_test_rand_int_range (0, 30000));
      else
        {
          /* Killed some time after its first write, however slow the
           * machine makes it to get there. */
          g_autofree char *ready = read_line (out);

          g_assert_cmpstr (ready, ==, "ready");
          g_ptr_array_add (reported, read_line (out));
          g_usleep (g_test_rand_int_range (0, 25000));
        }
      g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      /* Killed, not dead of an error of its own. */
      g_assert_true (WIFSIGNALED (status));
      g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);
      g_spawn_close_pid (pid);

      read_reports (out, reported);
      close (out);
      if (reported->len > before)
        killed_writing++;

      /* This trial's writes every time, all of them now and then. */
      check_database (path, reported, trial % 10 == 9 ? 0 : before);
    }

  g_test_message ("%u trials, %u killed while writing, %u writes reported and found",
                  TRIALS, killed_writing, reported->len);
  /* The kills landed among many writes, or the test proves little. */
  g_assert_cmpuint (killed_writing, >=, TRIALS * 9 / 10);
  g_assert_cmpuint (reported->len, >=, 2 * TRIALS);
  /* And every kind of write was among them. */
  {
    guint n_writes;
    const GroveCrashWrite *writes = grove_crash_writes (&n_writes);

    for (guint w = 0; w < n_writes; w++)
      {
        g_autofree char *prefix = g_strconcat (writes[w].kind, "\t", NULL);
        guint count = 0;

        for (guint i = 0; i < reported->len; i++)
          count += g_str_has_prefix (g_ptr_array_index (reported, i), prefix);
        g_test_message ("%s: %u", writes[w].kind, count);
        g_assert_cmpuint (count, >, 0);
      }
  }
  grove_test_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/crash/kill-writer", test_kill_writer);
  return g_test_run ();
}
