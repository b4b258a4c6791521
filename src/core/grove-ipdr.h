/* grove-ipdr.h: IPDR records (Individual Performance and Development Review)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "grove-store.h"

G_BEGIN_DECLS

#define GROVE_IPDR_ERROR (grove_ipdr_error_quark ())

typedef enum {
  GROVE_IPDR_ERROR_LOCKED,     /* signed off by both: change it as an amendment */
  GROVE_IPDR_ERROR_TRANSITION, /* that change of status is not allowed now */
  GROVE_IPDR_ERROR_SIGN_OFF,   /* the record cannot be signed now */
} GroveIpdrError;

/* Stored in the database: never renumber. A record moves forward one step
 * at a time; see grove_ipdr_set_status(). */
typedef enum {
  GROVE_IPDR_DRAFT              = 0,
  GROVE_IPDR_AGREED             = 1,
  GROVE_IPDR_MID_YEAR_REVIEWED  = 2,
  GROVE_IPDR_END_YEAR_REVIEWED  = 3,
  GROVE_IPDR_CLOSED             = 4,
} GroveIpdrStatus;

#define GROVE_IPDR_N_STATUSES 5

typedef enum {
  GROVE_IPDR_SIGNER_PERSON,
  GROVE_IPDR_SIGNER_MANAGER,
} GroveIpdrSigner;

/* One person's record for one period. Dates are "YYYY-MM-DD". */
typedef struct {
  gint64           id;                /* 0 until stored */
  gint64           person_id;
  gint64           manager_id;        /* the line manager when the record was made; 0 for none */
  char            *period_start;
  char            *period_end;        /* inclusive */
  GroveIpdrStatus  status;
  char            *last_conversation; /* NULL until the first one */
  char            *person_signed;     /* the date each signed, or NULL */
  char            *manager_signed;
  gboolean         locked;            /* both have signed */
  /* Filled in when read from the store. */
  char            *person_name;
  char            *manager_name;      /* NULL for none */
} GroveIpdr;

/* One change made to a record after it was signed off. */
typedef struct {
  gint64  id;
  gint64  ipdr_id;
  char   *amended_at; /* UTC, "YYYY-MM-DDTHH:MM:SSZ" */
  gint64  by_id;      /* 0 when unknown or since deleted */
  char   *by_name;    /* the name at the time */
  char   *what;
} GroveIpdrAmendment;

/* Makes the changes of an amendment, through the ordinary write functions;
 * FALSE with @error set undoes all of them. */
typedef gboolean (*GroveIpdrAmendFunc) (GroveStore  *store,
                                        gpointer     user_data,
                                        GError     **error);

GQuark       grove_ipdr_error_quark       (void);

void         grove_ipdr_free              (GroveIpdr          *ipdr);
void         grove_ipdr_amendment_free    (GroveIpdrAmendment *amendment);

/* A stable, untranslated name ("mid-year-reviewed") and a label for people. */
const char  *grove_ipdr_status_to_string  (GroveIpdrStatus     status);
const char  *grove_ipdr_status_label      (GroveIpdrStatus     status);
gboolean     grove_ipdr_status_from_string (const char        *text,
                                            GroveIpdrStatus   *status);

/* The reporting year that holds @date: 1 April to 31 March. */
void         grove_ipdr_default_period    (const char         *date,
                                           char              **start,
                                           char              **end);
/* "2026–27" for a year from April, otherwise "1 Apr 2026 – 31 Dec 2026". */
char        *grove_ipdr_format_period     (const GroveIpdr    *ipdr);
/* "20 Dec 2026" for "2026-12-20", as people read a date; NULL for NULL,
 * and anything that is not a date as it is. */
char        *grove_ipdr_format_date       (const char         *iso);
/* Today's local date, "YYYY-MM-DD". */
char        *grove_ipdr_today             (void);

gint64       grove_ipdr_create            (GroveStore         *store,
                                           gint64              person_id,
                                           const char         *period_start,
                                           const char         *period_end,
                                           GError            **error);
GroveIpdr   *grove_ipdr_get               (GroveStore         *store,
                                           gint64              id,
                                           GError            **error);
GroveIpdr   *grove_ipdr_find              (GroveStore         *store,
                                           gint64              person_id,
                                           const char         *date,
                                           GError            **error);
GPtrArray   *grove_ipdr_list_for_person   (GroveStore         *store,
                                           gint64              person_id,
                                           GError            **error);
gboolean     grove_ipdr_set_period        (GroveStore         *store,
                                           gint64              id,
                                           const char         *period_start,
                                           const char         *period_end,
                                           GError            **error);
gboolean     grove_ipdr_set_status        (GroveStore         *store,
                                           gint64              id,
                                           GroveIpdrStatus     status,
                                           GError            **error);
gboolean     grove_ipdr_sign              (GroveStore         *store,
                                           gint64              id,
                                           GroveIpdrSigner     signer,
                                           const char         *date,
                                           GError            **error);
gboolean     grove_ipdr_amend             (GroveStore         *store,
                                           gint64              id,
                                           gint64              by_id,
                                           const char         *what,
                                           GroveIpdrAmendFunc  func,
                                           gpointer            user_data,
                                           GError            **error);
GPtrArray   *grove_ipdr_list_amendments   (GroveStore         *store,
                                           gint64              id,
                                           GError            **error);
gboolean     grove_ipdr_delete            (GroveStore         *store,
                                           gint64              id,
                                           GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GroveIpdr, grove_ipdr_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GroveIpdrAmendment, grove_ipdr_amendment_free)

G_END_DECLS
