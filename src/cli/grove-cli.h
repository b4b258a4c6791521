/* grove-cli.h: what the command groups of grove-cli share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "grove-framework.h"
#include "grove-org-unit.h"
#include "grove-store.h"

G_BEGIN_DECLS

/* Exit codes a script can rely on. */
typedef enum {
  GROVE_CLI_EXIT_OK       = 0,
  GROVE_CLI_EXIT_FAILURE  = 1, /* anything not listed below */
  GROVE_CLI_EXIT_USAGE    = 2, /* unknown command or option, missing argument */
  GROVE_CLI_EXIT_DATA     = 3, /* an input file or value was refused */
  GROVE_CLI_EXIT_DATABASE = 4, /* the database could not be opened or written */
  GROVE_CLI_EXIT_NOT_FOUND = 5, /* no such framework, unit, person… */
} GroveCliExit;

typedef struct {
  char       *db_path; /* NULL: the default database */
  GroveStore *store;   /* opened on first use */
} GroveCli;

/* Opens the database on first use; the CLI keeps it. */
GroveStore *grove_cli_get_store (GroveCli    *cli,
                                 GError     **error);

/* Prints "grove-cli: <message>" on stderr and returns the exit code that
 * fits the error's domain and code. Takes ownership of `error`. */
int         grove_cli_fail      (GError      *error);

/* Prints "grove-cli: <message>" and a hint to `--help` on stderr; returns
 * GROVE_CLI_EXIT_USAGE. */
int         grove_cli_usage     (const char  *format,
                                 ...) G_GNUC_PRINTF (1, 2);

/* PERSON on the command line: an id, or a name that only one person has
 * (ignoring case). Returns the id, or 0 with @error set. */
gint64      grove_cli_find_person (GroveStore   *store,
                                   const char   *text,
                                   GError      **error);

/* --date: NULL stays NULL (today); otherwise it must be YYYY-MM-DD. */
gboolean    grove_cli_check_date  (const char   *value);
/* A unit, or a framework, by its id or by its name (key): scripts may use
 * either. */
GroveOrgUnit   *grove_cli_find_unit      (GroveStore  *store,
                                          const char  *text,
                                          GError     **error);
GroveFramework *grove_cli_find_framework (GroveStore  *store,
                                          const char  *text,
                                          GError     **error);

/* grove-cli ipdr show: the whole record of the person's for the period
 * starting in @year (NULL: the one that holds @date, or today). */
int         grove_cli_ipdr_show   (GroveCli     *cli,
                                   const char   *person,
                                   const char   *year,
                                   const char   *date);

/* The command groups. argv[0] is the group name ("people"); each parses the
 * rest of its arguments with GOptionContext. */
int grove_cli_backup       (GroveCli *cli, int argc, char **argv);
int grove_cli_chart        (GroveCli *cli, int argc, char **argv);
int grove_cli_coach        (GroveCli *cli, int argc, char **argv);
int grove_cli_demo         (GroveCli *cli, int argc, char **argv);
int grove_cli_framework    (GroveCli *cli, int argc, char **argv);
int grove_cli_heatmap      (GroveCli *cli, int argc, char **argv);
int grove_cli_ipdr         (GroveCli *cli, int argc, char **argv);
int grove_cli_match        (GroveCli *cli, int argc, char **argv);
int grove_cli_needs        (GroveCli *cli, int argc, char **argv);
int grove_cli_needs_chart  (GroveCli *cli, int argc, char **argv);
int grove_cli_org          (GroveCli *cli, int argc, char **argv);
int grove_cli_people       (GroveCli *cli, int argc, char **argv);
int grove_cli_plan         (GroveCli *cli, int argc, char **argv);
int grove_cli_ratings      (GroveCli *cli, int argc, char **argv);
int grove_cli_relationship (GroveCli *cli, int argc, char **argv);
int grove_cli_request      (GroveCli *cli, int argc, char **argv);
int grove_cli_restore      (GroveCli *cli, int argc, char **argv);
int grove_cli_reviews      (GroveCli *cli, int argc, char **argv);
int grove_cli_rollup       (GroveCli *cli, int argc, char **argv);
int grove_cli_round        (GroveCli *cli, int argc, char **argv);
int grove_cli_target       (GroveCli *cli, int argc, char **argv);

G_END_DECLS
