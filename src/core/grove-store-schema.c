/* grove-store-schema.c: the database schema, as the steps that built it
 *
 * Each step takes the schema from one version to the next and runs inside the
 * transaction the store opens for it; the store copies the file first. Steps
 * are never edited once released: a change is a new step.
 *
 *   0 -> 1  organisation: org units (a tree) and people with line managers
 *   1 -> 2  frameworks: scale, conditions, statements; the built-in framework
 *   2 -> 3  assessment: rounds, anonymous responses and their ratings, and
 *           targets per condition
 *   3 -> 4  tallies: ratings counted per round, team, statement and score,
 *           kept by triggers, for the roll-up
 *   4 -> 5  framework translations: text in other languages beside the
 *           English, and the built-in framework's Welsh
 *   5 -> 6  conversations: IPDR records with objectives, team objectives
 *           ("The Plan") and objective templates, development needs and
 *           activities, WPA notes, reviews, 360 feedback, conversation
 *           notes and the amendment log
 *   6 -> 7  coaching: programmes with their weights, the pool of coaches
 *           and mentors, requests, exclusions, locked pairs, matching runs
 *           and their proposals, relationships and their sessions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "grove-framework-private.h"
#include "grove-store-schema-private.h"

/* Fixed DDL with no values in it, so sqlite3_exec() is safe here; every
 * statement that carries data is prepared and bound. */
static const char step_1_organisation[] =
  "CREATE TABLE org_unit ("
  "  id        INTEGER PRIMARY KEY,"
  "  parent_id INTEGER REFERENCES org_unit (id) ON DELETE RESTRICT,"
  "  kind      INTEGER NOT NULL CHECK (kind BETWEEN 0 AND 2),"
  "  name      TEXT NOT NULL CHECK (length (trim (name)) > 0),"
  "  CHECK ((kind = 0) = (parent_id IS NULL)),"
  "  UNIQUE (parent_id, name)"
  ");"
  "CREATE INDEX org_unit_by_parent ON org_unit (parent_id);"
  "CREATE TABLE person ("
  "  id         INTEGER PRIMARY KEY,"
  "  name       TEXT NOT NULL CHECK (length (trim (name)) > 0),"
  "  email      TEXT,"
  "  unit_id    INTEGER REFERENCES org_unit (id) ON DELETE RESTRICT,"
  "  manager_id INTEGER REFERENCES person (id) ON DELETE RESTRICT,"
  "  grade      TEXT,"
  "  profession TEXT,"
  "  location   TEXT,"
  "  start_date TEXT CHECK (start_date IS NULL OR date (start_date) = start_date),"
  "  archived   INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),"
  "  CHECK (manager_id IS NULL OR manager_id <> id)"
  ");"
  "CREATE UNIQUE INDEX person_by_email ON person (email COLLATE NOCASE) WHERE email IS NOT NULL;"
  "CREATE INDEX person_by_unit ON person (unit_id);"
  "CREATE INDEX person_by_manager ON person (manager_id);"
  "CREATE TABLE person_language ("
  "  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,"
  "  language  TEXT NOT NULL CHECK (length (language) > 0),"
  "  PRIMARY KEY (person_id, language)"
  ") WITHOUT ROWID;";

static const char step_2_frameworks[] =
  "CREATE TABLE framework ("
  "  id                 INTEGER PRIMARY KEY,"
  "  key                TEXT NOT NULL UNIQUE,"
  "  title              TEXT NOT NULL,"
  "  description        TEXT,"
  "  version            TEXT,"
  "  source             TEXT,"
  "  builtin            INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),"
  "  not_observed_label TEXT NOT NULL"
  ");"
  "CREATE TABLE framework_scale_point ("
  "  framework_id INTEGER NOT NULL REFERENCES framework (id) ON DELETE CASCADE,"
  "  value        INTEGER NOT NULL,"
  "  label        TEXT NOT NULL,"
  "  PRIMARY KEY (framework_id, value)"
  ") WITHOUT ROWID;"
  "CREATE TABLE framework_condition ("
  "  id           INTEGER PRIMARY KEY,"
  "  framework_id INTEGER NOT NULL REFERENCES framework (id) ON DELETE CASCADE,"
  "  position     INTEGER NOT NULL,"
  "  key          TEXT NOT NULL,"
  "  title        TEXT NOT NULL,"
  "  description  TEXT,"
  "  UNIQUE (framework_id, position),"
  "  UNIQUE (framework_id, key)"
  ");"
  "CREATE TABLE framework_statement ("
  "  id           INTEGER PRIMARY KEY,"
  "  condition_id INTEGER NOT NULL REFERENCES framework_condition (id) ON DELETE CASCADE,"
  "  position     INTEGER NOT NULL,"
  "  key          TEXT NOT NULL,"
  "  text         TEXT NOT NULL,"
  "  UNIQUE (condition_id, position),"
  "  UNIQUE (condition_id, key)"
  ");";

/* A response is one anonymous respondent in one team in one round: it holds
 * no person id, on purpose. A rating's score is NULL for "not observed".
 *
 * Targets do not belong to a round: a target is a standing aim for a
 * condition ("4.0 on sharing lessons"), met or not round by round. A NULL
 * unit is the organisation-wide target, which every unit without its own (or
 * an ancestor's) follows.
 *
 * Deleting a round deletes its responses and their ratings. Units, frameworks
 * and statements that responses refer to cannot be deleted while they do:
 * results must never lose the question they answered. Targets go with their
 * unit or condition. */
static const char step_3_assessment[] =
  "CREATE TABLE assessment_round ("
  "  id           INTEGER PRIMARY KEY,"
  "  title        TEXT NOT NULL UNIQUE CHECK (length (trim (title)) > 0),"
  "  framework_id INTEGER NOT NULL REFERENCES framework (id) ON DELETE RESTRICT,"
  "  opens        TEXT NOT NULL CHECK (date (opens) = opens),"
  "  closes       TEXT NOT NULL CHECK (date (closes) = closes),"
  "  CHECK (closes >= opens)"
  ");"
  "CREATE INDEX assessment_round_by_framework ON assessment_round (framework_id, closes);"
  "CREATE TABLE assessment_response ("
  "  id         INTEGER PRIMARY KEY,"
  "  round_id   INTEGER NOT NULL REFERENCES assessment_round (id) ON DELETE CASCADE,"
  "  unit_id    INTEGER NOT NULL REFERENCES org_unit (id) ON DELETE RESTRICT,"
  "  submitted  TEXT CHECK (submitted IS NULL OR date (submitted) = submitted),"
  "  source_ref TEXT"
  ");"
  /* The roll-up reads a round's responses team by team. */
  "CREATE INDEX assessment_response_by_round ON assessment_response (round_id, unit_id);"
  "CREATE INDEX assessment_response_by_unit ON assessment_response (unit_id);"
  "CREATE TABLE assessment_rating ("
  "  response_id  INTEGER NOT NULL REFERENCES assessment_response (id) ON DELETE CASCADE,"
  "  statement_id INTEGER NOT NULL REFERENCES framework_statement (id) ON DELETE RESTRICT,"
  "  score        INTEGER CHECK (score IS NULL OR score BETWEEN 0 AND 10),"
  "  evidence     TEXT,"
  "  PRIMARY KEY (response_id, statement_id)"
  ") WITHOUT ROWID;"
  "CREATE INDEX assessment_rating_by_statement ON assessment_rating (statement_id);"
  "CREATE TABLE assessment_target ("
  "  id           INTEGER PRIMARY KEY,"
  "  condition_id INTEGER NOT NULL REFERENCES framework_condition (id) ON DELETE CASCADE,"
  "  unit_id      INTEGER REFERENCES org_unit (id) ON DELETE CASCADE,"
  "  value        REAL NOT NULL"
  ");"
  /* NULL never equals NULL in a UNIQUE constraint, hence the expression. */
  "CREATE UNIQUE INDEX assessment_target_once ON assessment_target (condition_id, ifnull (unit_id, 0));"
  "CREATE INDEX assessment_target_by_unit ON assessment_target (unit_id);";

/* The roll-up of a large round read every rating of it (over a quarter of a
 * million rows for 500 teams) to count them per team, statement and score;
 * it now reads these counts, a fraction of the rows. Triggers keep them, so
 * that every write of a rating, whatever the path (import, demo, a cascade
 * from a round), changes its tally in the same transaction, and nothing in
 * C has to remember to. A score of -1 counts "not observed" (NULL cannot be
 * part of the key). A tally that falls to zero is removed, so that the table
 * holds exactly the groups that have ratings.
 *
 * A rating's group comes from its response, so the response must still be
 * there when a rating goes: deleting a response deletes its ratings first,
 * rather than leaving them to the cascade. */
static const char step_tallies_ddl[] =
  "CREATE TABLE assessment_tally ("
  "  round_id     INTEGER NOT NULL REFERENCES assessment_round (id) ON DELETE CASCADE,"
  "  unit_id      INTEGER NOT NULL,"
  "  statement_id INTEGER NOT NULL,"
  "  score        INTEGER NOT NULL,"
  "  n            INTEGER NOT NULL CHECK (n >= 0),"
  "  PRIMARY KEY (round_id, unit_id, statement_id, score)"
  ") WITHOUT ROWID;"
  "INSERT INTO assessment_tally (round_id, unit_id, statement_id, score, n)"
  "  SELECT r.round_id, r.unit_id, g.statement_id, ifnull (g.score, -1), count (*)"
  "  FROM assessment_rating g JOIN assessment_response r ON r.id = g.response_id"
  "  GROUP BY 1, 2, 3, 4;"
  "CREATE TRIGGER assessment_rating_tally_insert AFTER INSERT ON assessment_rating BEGIN"
  "  INSERT INTO assessment_tally (round_id, unit_id, statement_id, score, n)"
  "    SELECT round_id, unit_id, NEW.statement_id, ifnull (NEW.score, -1), 1"
  "    FROM assessment_response WHERE id = NEW.response_id"
  "    ON CONFLICT DO UPDATE SET n = n + 1;"
  "END;"
  "CREATE TRIGGER assessment_rating_tally_delete AFTER DELETE ON assessment_rating BEGIN"
  "  UPDATE assessment_tally SET n = n - 1"
  "    WHERE round_id = (SELECT round_id FROM assessment_response WHERE id = OLD.response_id)"
  "      AND unit_id = (SELECT unit_id FROM assessment_response WHERE id = OLD.response_id)"
  "      AND statement_id = OLD.statement_id AND score = ifnull (OLD.score, -1);"
  "  DELETE FROM assessment_tally"
  "    WHERE round_id = (SELECT round_id FROM assessment_response WHERE id = OLD.response_id)"
  "      AND unit_id = (SELECT unit_id FROM assessment_response WHERE id = OLD.response_id)"
  "      AND statement_id = OLD.statement_id AND score = ifnull (OLD.score, -1) AND n = 0;"
  "END;"
  "CREATE TRIGGER assessment_rating_tally_update"
  "  AFTER UPDATE OF response_id, statement_id, score ON assessment_rating BEGIN"
  "  UPDATE assessment_tally SET n = n - 1"
  "    WHERE round_id = (SELECT round_id FROM assessment_response WHERE id = OLD.response_id)"
  "      AND unit_id = (SELECT unit_id FROM assessment_response WHERE id = OLD.response_id)"
  "      AND statement_id = OLD.statement_id AND score = ifnull (OLD.score, -1);"
  "  DELETE FROM assessment_tally"
  "    WHERE round_id = (SELECT round_id FROM assessment_response WHERE id = OLD.response_id)"
  "      AND unit_id = (SELECT unit_id FROM assessment_response WHERE id = OLD.response_id)"
  "      AND statement_id = OLD.statement_id AND score = ifnull (OLD.score, -1) AND n = 0;"
  "  INSERT INTO assessment_tally (round_id, unit_id, statement_id, score, n)"
  "    SELECT round_id, unit_id, NEW.statement_id, ifnull (NEW.score, -1), 1"
  "    FROM assessment_response WHERE id = NEW.response_id"
  "    ON CONFLICT DO UPDATE SET n = n + 1;"
  "END;"
  "CREATE TRIGGER assessment_response_tally_delete BEFORE DELETE ON assessment_response BEGIN"
  "  DELETE FROM assessment_rating WHERE response_id = OLD.id;"
  "END;"
  /* A response moved to another round or team takes its ratings along. */
  "CREATE TRIGGER assessment_response_tally_move"
  "  AFTER UPDATE OF round_id, unit_id ON assessment_response"
  "  WHEN OLD.round_id IS NOT NEW.round_id OR OLD.unit_id IS NOT NEW.unit_id BEGIN"
  "  UPDATE assessment_tally SET n = n - moved.k"
  "    FROM (SELECT statement_id, ifnull (score, -1) AS score, count (*) AS k"
  "          FROM assessment_rating WHERE response_id = NEW.id GROUP BY 1, 2) AS moved"
  "    WHERE assessment_tally.round_id = OLD.round_id AND assessment_tally.unit_id = OLD.unit_id"
  "      AND assessment_tally.statement_id = moved.statement_id AND assessment_tally.score = moved.score;"
  "  DELETE FROM assessment_tally WHERE round_id = OLD.round_id AND unit_id = OLD.unit_id AND n = 0;"
  "  INSERT INTO assessment_tally (round_id, unit_id, statement_id, score, n)"
  "    SELECT NEW.round_id, NEW.unit_id, statement_id, ifnull (score, -1), count (*)"
  "    FROM assessment_rating WHERE response_id = NEW.id GROUP BY 3, 4"
  "    ON CONFLICT DO UPDATE SET n = n + excluded.n;"
  "END;";

/* One IPDR per person per period. `manager_id` is the manager when the record
 * was made: a record keeps who held the conversations even after the person
 * moves. Dates are ISO 8601 calendar dates; `amended_at` is a UTC time.
 *
 * Enumerations are stored as small integers whose values are fixed in the
 * headers (GroveIpdrStatus, GroveLearningMethod, …); the CHECKs mirror them.
 *
 * Everything on a record goes with it (CASCADE). A team objective or a
 * framework condition that an objective or need points to may be deleted:
 * the link is cleared (SET NULL), the objective stays. People with records
 * cannot be deleted (RESTRICT): they are archived instead. */
static const char step_conversations[] =
  "CREATE TABLE plan_objective ("
  "  id           INTEGER PRIMARY KEY,"
  "  unit_id      INTEGER NOT NULL REFERENCES org_unit (id) ON DELETE CASCADE,"
  "  title        TEXT NOT NULL CHECK (length (trim (title)) > 0),"
  "  description  TEXT,"
  "  period_start TEXT CHECK (period_start IS NULL OR date (period_start) = period_start),"
  "  period_end   TEXT CHECK (period_end IS NULL OR date (period_end) = period_end)"
  ");"
  "CREATE INDEX plan_objective_by_unit ON plan_objective (unit_id);"
  "CREATE TABLE objective_template ("
  "  id                INTEGER PRIMARY KEY,"
  "  title             TEXT NOT NULL CHECK (length (trim (title)) > 0),"
  "  description       TEXT,"
  "  measure           TEXT,"
  "  due               TEXT CHECK (due IS NULL OR date (due) = due),"
  "  condition_id      INTEGER REFERENCES framework_condition (id) ON DELETE SET NULL,"
  "  plan_objective_id INTEGER REFERENCES plan_objective (id) ON DELETE SET NULL"
  ");"
  "CREATE TABLE ipdr ("
  "  id                INTEGER PRIMARY KEY,"
  "  person_id         INTEGER NOT NULL REFERENCES person (id) ON DELETE RESTRICT,"
  "  manager_id        INTEGER REFERENCES person (id) ON DELETE RESTRICT,"
  "  period_start      TEXT NOT NULL CHECK (date (period_start) = period_start),"
  "  period_end        TEXT NOT NULL CHECK (date (period_end) = period_end),"
  "  status            INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 4),"
  "  last_conversation TEXT CHECK (last_conversation IS NULL OR date (last_conversation) = last_conversation),"
  "  person_signed     TEXT CHECK (person_signed IS NULL OR date (person_signed) = person_signed),"
  "  manager_signed    TEXT CHECK (manager_signed IS NULL OR date (manager_signed) = manager_signed),"
  "  locked            INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),"
  "  CHECK (period_end > period_start),"
  "  UNIQUE (person_id, period_start)"
  ");"
  /* My team reads a manager's reports' records for the period of a date. */
  "CREATE INDEX ipdr_by_period ON ipdr (period_start, period_end);"
  "CREATE INDEX ipdr_by_manager ON ipdr (manager_id);"
  "CREATE TABLE ipdr_objective ("
  "  id                INTEGER PRIMARY KEY,"
  "  ipdr_id           INTEGER NOT NULL REFERENCES ipdr (id) ON DELETE CASCADE,"
  "  title             TEXT NOT NULL CHECK (length (trim (title)) > 0),"
  "  description       TEXT,"
  "  measure           TEXT,"
  "  due               TEXT CHECK (due IS NULL OR date (due) = due),"
  "  status            INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 4),"
  "  progress          INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),"
  "  condition_id      INTEGER REFERENCES framework_condition (id) ON DELETE SET NULL,"
  "  plan_objective_id INTEGER REFERENCES plan_objective (id) ON DELETE SET NULL,"
  "  template_id       INTEGER REFERENCES objective_template (id) ON DELETE SET NULL"
  ");"
  "CREATE INDEX ipdr_objective_by_ipdr ON ipdr_objective (ipdr_id);"
  "CREATE INDEX ipdr_objective_by_plan ON ipdr_objective (plan_objective_id);"
  "CREATE INDEX ipdr_objective_by_template ON ipdr_objective (template_id);"
  "CREATE TABLE ipdr_need ("
  "  id           INTEGER PRIMARY KEY,"
  "  ipdr_id      INTEGER NOT NULL REFERENCES ipdr (id) ON DELETE CASCADE,"
  "  capability   TEXT NOT NULL CHECK (length (trim (capability)) > 0),"
  "  description  TEXT,"
  "  priority     INTEGER NOT NULL DEFAULT 1 CHECK (priority BETWEEN 0 AND 2),"
  "  source       INTEGER NOT NULL DEFAULT 0 CHECK (source BETWEEN 0 AND 2),"
  "  condition_id INTEGER REFERENCES framework_condition (id) ON DELETE SET NULL"
  ");"
  "CREATE INDEX ipdr_need_by_ipdr ON ipdr_need (ipdr_id);"
  "CREATE TABLE ipdr_activity ("
  "  id           INTEGER PRIMARY KEY,"
  "  need_id      INTEGER NOT NULL REFERENCES ipdr_need (id) ON DELETE CASCADE,"
  "  method       INTEGER NOT NULL CHECK (method BETWEEN 0 AND 6),"
  "  title        TEXT NOT NULL CHECK (length (trim (title)) > 0),"
  "  provider     TEXT,"
  "  due          TEXT CHECK (due IS NULL OR date (due) = due),"
  "  status       INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 3),"
  "  hours        REAL CHECK (hours IS NULL OR hours >= 0),"
  "  completed    TEXT CHECK (completed IS NULL OR date (completed) = completed),"
  "  rating       INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),"
  "  what_changed TEXT,"
  "  CHECK ((status = 2) = (completed IS NOT NULL)),"
  "  CHECK (rating IS NULL OR status = 2)"
  ");"
  "CREATE INDEX ipdr_activity_by_need ON ipdr_activity (need_id);"
  "CREATE TABLE ipdr_wpa_note ("
  "  id           INTEGER PRIMARY KEY,"
  "  ipdr_id      INTEGER NOT NULL REFERENCES ipdr (id) ON DELETE CASCADE,"
  "  noted        TEXT NOT NULL CHECK (date (noted) = noted),"
  "  observation  TEXT NOT NULL CHECK (length (trim (observation)) > 0),"
  "  feedback     TEXT,"
  "  objective_id INTEGER REFERENCES ipdr_objective (id) ON DELETE SET NULL"
  ");"
  "CREATE INDEX ipdr_wpa_note_by_ipdr ON ipdr_wpa_note (ipdr_id, noted);"
  "CREATE INDEX ipdr_wpa_note_by_objective ON ipdr_wpa_note (objective_id);"
  "CREATE TABLE ipdr_review ("
  "  id           INTEGER PRIMARY KEY,"
  "  ipdr_id      INTEGER NOT NULL REFERENCES ipdr (id) ON DELETE CASCADE,"
  "  kind         INTEGER NOT NULL CHECK (kind IN (0, 1)),"
  "  scheduled    TEXT CHECK (scheduled IS NULL OR date (scheduled) = scheduled),"
  "  held         TEXT CHECK (held IS NULL OR date (held) = held),"
  "  summary      TEXT,"
  "  rating       INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),"
  "  went_well    TEXT,"
  "  went_badly   TEXT,"
  "  learned      TEXT,"
  "  manager_view TEXT,"
  "  UNIQUE (ipdr_id, kind)"
  ");"
  "CREATE TABLE ipdr_feedback ("
  "  id        INTEGER PRIMARY KEY,"
  "  ipdr_id   INTEGER NOT NULL REFERENCES ipdr (id) ON DELETE CASCADE,"
  "  source    INTEGER NOT NULL CHECK (source BETWEEN 0 AND 2),"
  "  from_name TEXT,"
  "  received  TEXT NOT NULL CHECK (date (received) = received),"
  "  text      TEXT NOT NULL CHECK (length (trim (text)) > 0)"
  ");"
  "CREATE INDEX ipdr_feedback_by_ipdr ON ipdr_feedback (ipdr_id);"
  "CREATE TABLE ipdr_conversation ("
  "  id      INTEGER PRIMARY KEY,"
  "  ipdr_id INTEGER NOT NULL REFERENCES ipdr (id) ON DELETE CASCADE,"
  "  held    TEXT NOT NULL CHECK (date (held) = held),"
  "  notes   TEXT"
  ");"
  "CREATE INDEX ipdr_conversation_by_ipdr ON ipdr_conversation (ipdr_id, held);"
  "CREATE TABLE ipdr_amendment ("
  "  id         INTEGER PRIMARY KEY,"
  "  ipdr_id    INTEGER NOT NULL REFERENCES ipdr (id) ON DELETE CASCADE,"
  "  amended_at TEXT NOT NULL,"
  "  by_id      INTEGER REFERENCES person (id) ON DELETE SET NULL,"
  "  by_name    TEXT,"
  "  what       TEXT NOT NULL CHECK (length (trim (what)) > 0)"
  ");"
  "CREATE INDEX ipdr_amendment_by_ipdr ON ipdr_amendment (ipdr_id);";
/* Coaching and mentoring. Coaches, requests and relationships name people;
 * people with history are archived, never deleted, so those references
 * RESTRICT. A programme's weights are whole numbers 0 to 100 per criterion
 * (grove-matching.h lists them, in this column order) and its minimum score
 * is 0 to 10000, the engine's scale.
 *
 * A request's place in the waiting list is (front DESC, unmatched_run IS
 * NULL, requested, id): one returned after a poor fit goes to the front,
 * then those left waiting by an earlier run, then by date. A coach's seats
 * in use are their active and paused relationships, counted, never stored,
 * so that closing one frees its seat by itself. Earlier pairs are the
 * relationships, whatever their status. */
static const char step_coaching[] =
  "CREATE TABLE coaching_programme ("
  "  id                  INTEGER PRIMARY KEY,"
  "  name                TEXT NOT NULL UNIQUE CHECK (length (trim (name)) > 0),"
  "  weight_specialism   INTEGER NOT NULL DEFAULT 3 CHECK (weight_specialism BETWEEN 0 AND 100),"
  "  weight_profession   INTEGER NOT NULL DEFAULT 2 CHECK (weight_profession BETWEEN 0 AND 100),"
  "  weight_seniority    INTEGER NOT NULL DEFAULT 2 CHECK (weight_seniority BETWEEN 0 AND 100),"
  "  weight_directorate  INTEGER NOT NULL DEFAULT 1 CHECK (weight_directorate BETWEEN 0 AND 100),"
  "  weight_location     INTEGER NOT NULL DEFAULT 1 CHECK (weight_location BETWEEN 0 AND 100),"
  "  weight_availability INTEGER NOT NULL DEFAULT 1 CHECK (weight_availability BETWEEN 0 AND 100),"
  "  min_score           INTEGER NOT NULL DEFAULT 0 CHECK (min_score BETWEEN 0 AND 10000)"
  ");"
  "INSERT INTO coaching_programme (id, name) VALUES (1, 'Coaching and mentoring');"
  "CREATE TABLE coach ("
  "  id                INTEGER PRIMARY KEY,"
  "  person_id         INTEGER NOT NULL UNIQUE REFERENCES person (id) ON DELETE RESTRICT,"
  "  roles             INTEGER NOT NULL CHECK (roles BETWEEN 1 AND 3),"
  "  capacity          INTEGER NOT NULL CHECK (capacity BETWEEN 0 AND 50),"
  "  accreditation     TEXT,"
  "  supervision_hours REAL NOT NULL DEFAULT 0 CHECK (supervision_hours >= 0),"
  "  availability      INTEGER NOT NULL DEFAULT 0 CHECK (availability BETWEEN 0 AND 16383),"
  "  availability_note TEXT,"
  "  remote            INTEGER NOT NULL DEFAULT 1 CHECK (remote IN (0, 1)),"
  "  in_person         INTEGER NOT NULL DEFAULT 1 CHECK (in_person IN (0, 1)),"
  "  active            INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))"
  ");"
  "CREATE TABLE coach_specialism ("
  "  coach_id   INTEGER NOT NULL REFERENCES coach (id) ON DELETE CASCADE,"
  "  specialism TEXT NOT NULL CHECK (length (specialism) > 0),"
  "  PRIMARY KEY (coach_id, specialism)"
  ") WITHOUT ROWID;"
  "CREATE TABLE match_run ("
  "  id          INTEGER PRIMARY KEY,"
  "  ran         TEXT NOT NULL,"
  "  mode        INTEGER NOT NULL CHECK (mode BETWEEN 0 AND 2),"
  "  matched     INTEGER NOT NULL,"
  "  waiting     INTEGER NOT NULL,"
  "  total_score INTEGER NOT NULL"
  ");"
  "CREATE TABLE coaching_request ("
  "  id               INTEGER PRIMARY KEY,"
  "  person_id        INTEGER NOT NULL REFERENCES person (id) ON DELETE RESTRICT,"
  "  programme_id     INTEGER NOT NULL DEFAULT 1 REFERENCES coaching_programme (id) ON DELETE RESTRICT,"
  "  kind             INTEGER NOT NULL CHECK (kind IN (0, 1)),"
  "  goals            TEXT,"
  "  requested        TEXT NOT NULL CHECK (date (requested) = requested),"
  "  status           INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 2),"
  "  wants_previous   INTEGER NOT NULL DEFAULT 0 CHECK (wants_previous IN (0, 1)),"
  "  remote           INTEGER NOT NULL DEFAULT 1 CHECK (remote IN (0, 1)),"
  "  availability     INTEGER NOT NULL DEFAULT 0 CHECK (availability BETWEEN 0 AND 16383),"
  "  front            INTEGER NOT NULL DEFAULT 0 CHECK (front IN (0, 1)),"
  "  unmatched_reason INTEGER NOT NULL DEFAULT 0 CHECK (unmatched_reason BETWEEN 0 AND 5),"
  "  unmatched_run    INTEGER REFERENCES match_run (id) ON DELETE SET NULL"
  ");"
  "CREATE INDEX coaching_request_waiting ON coaching_request (status, front DESC, requested, id);"
  "CREATE INDEX coaching_request_by_person ON coaching_request (person_id);"
  "CREATE TABLE request_specialism ("
  "  request_id INTEGER NOT NULL REFERENCES coaching_request (id) ON DELETE CASCADE,"
  "  specialism TEXT NOT NULL CHECK (length (specialism) > 0),"
  "  PRIMARY KEY (request_id, specialism)"
  ") WITHOUT ROWID;"
  "CREATE TABLE request_language ("
  "  request_id INTEGER NOT NULL REFERENCES coaching_request (id) ON DELETE CASCADE,"
  "  language   TEXT NOT NULL CHECK (length (language) > 0),"
  "  PRIMARY KEY (request_id, language)"
  ") WITHOUT ROWID;"
  "CREATE TABLE coaching_exclusion ("
  "  coachee_id INTEGER NOT NULL REFERENCES person (id) ON DELETE RESTRICT,"
  "  coach_id   INTEGER NOT NULL REFERENCES person (id) ON DELETE RESTRICT,"
  "  reason     TEXT,"
  "  PRIMARY KEY (coachee_id, coach_id),"
  "  CHECK (coachee_id <> coach_id)"
  ") WITHOUT ROWID;"
  "CREATE TABLE coaching_lock ("
  "  request_id INTEGER PRIMARY KEY REFERENCES coaching_request (id) ON DELETE CASCADE,"
  "  coach_id   INTEGER NOT NULL REFERENCES coach (id) ON DELETE CASCADE"
  ");"
  "CREATE TABLE match_proposal ("
  "  run_id       INTEGER NOT NULL REFERENCES match_run (id) ON DELETE CASCADE,"
  "  request_id   INTEGER NOT NULL REFERENCES coaching_request (id) ON DELETE CASCADE,"
  "  coach_id     INTEGER NOT NULL REFERENCES coach (id) ON DELETE CASCADE,"
  "  rank         INTEGER NOT NULL DEFAULT 0,"
  "  score        INTEGER NOT NULL,"
  "  specialism   INTEGER NOT NULL,"
  "  profession   INTEGER NOT NULL,"
  "  seniority    INTEGER NOT NULL,"
  "  directorate  INTEGER NOT NULL,"
  "  location     INTEGER NOT NULL,"
  "  availability INTEGER NOT NULL,"
  "  locked       INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),"
  "  PRIMARY KEY (run_id, request_id, rank)"
  ") WITHOUT ROWID;"
  "CREATE TABLE coaching_relationship ("
  "  id         INTEGER PRIMARY KEY,"
  "  request_id INTEGER NOT NULL REFERENCES coaching_request (id) ON DELETE RESTRICT,"
  "  coach_id   INTEGER NOT NULL REFERENCES coach (id) ON DELETE RESTRICT,"
  "  started    TEXT NOT NULL CHECK (date (started) = started),"
  "  ended      TEXT CHECK (ended IS NULL OR date (ended) = ended),"
  "  status     INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 2),"
  "  fit        INTEGER NOT NULL DEFAULT 0 CHECK (fit BETWEEN 0 AND 2),"
  "  review     TEXT,"
  "  reviewed   TEXT CHECK (reviewed IS NULL OR date (reviewed) = reviewed),"
  "  rating     INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),"
  "  outcome    TEXT,"
  "  CHECK ((status = 2) = (ended IS NOT NULL))"
  ");"
  "CREATE INDEX coaching_relationship_by_coach ON coaching_relationship (coach_id, status);"
  "CREATE INDEX coaching_relationship_by_request ON coaching_relationship (request_id);"
  "CREATE TABLE coaching_session ("
  "  id              INTEGER PRIMARY KEY,"
  "  relationship_id INTEGER NOT NULL REFERENCES coaching_relationship (id) ON DELETE CASCADE,"
  "  held            TEXT NOT NULL CHECK (date (held) = held),"
  "  minutes         INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),"
  "  notes           TEXT"
  ");"
  "CREATE INDEX coaching_session_by_relationship ON coaching_session (relationship_id, held);";

static gboolean
exec_ddl (GroveStore  *self,
          const char  *ddl,
          GError     **error)
{
  int rc = sqlite3_exec (_grove_store_get_handle (self), ddl, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      _grove_store_set_error (self, rc, _("upgrading the database"), error);
      return FALSE;
    }
  return TRUE;
}

/* One step, whole in itself, so that it can take whichever number comes
 * next. */
static gboolean
step_tallies (GroveStore  *self,
              GError     **error)
{
  return exec_ddl (self, step_tallies_ddl, error);
}

/* Each translated text of a framework, named by a path of XML ids (see
 * grove-framework.h), so that it needs no column per kind of text. */
static gboolean
step_framework_translations (GroveStore  *self,
                             GError     **error)
{
  static const char ddl[] =
    "CREATE TABLE framework_translation ("
    "  framework_id INTEGER NOT NULL REFERENCES framework (id) ON DELETE CASCADE,"
    "  language     TEXT NOT NULL CHECK (length (language) > 0),"
    "  path         TEXT NOT NULL CHECK (length (path) > 0),"
    "  text         TEXT NOT NULL,"
    "  PRIMARY KEY (framework_id, language, path)"
    ") WITHOUT ROWID;";

  return exec_ddl (self, ddl, error) &&
         _grove_framework_install_builtin_translations (self, error);
}

gboolean
_grove_store_schema_step (GroveStore  *self,
                          int          version,
                          GError     **error)
{
  switch (version)
    {
    case GROVE_SCHEMA_ORGANISATION:
      return exec_ddl (self, step_1_organisation, error);
    case GROVE_SCHEMA_FRAMEWORKS:
      return exec_ddl (self, step_2_frameworks, error) &&
             _grove_framework_install_builtin (self, error);
    case GROVE_SCHEMA_ASSESSMENT:
      return exec_ddl (self, step_3_assessment, error);
    case GROVE_SCHEMA_TALLIES:
      return step_tallies (self, error);
    case GROVE_SCHEMA_FRAMEWORK_TRANSLATIONS:
      return step_framework_translations (self, error);
    case GROVE_SCHEMA_CONVERSATIONS:
      return exec_ddl (self, step_conversations, error);
    case GROVE_SCHEMA_COACHING:
      return exec_ddl (self, step_coaching, error);
    default:
      g_assert_not_reached ();
    }
}

gboolean
_grove_store_schema_set_version (GroveStore  *self,
                                 int          version,
                                 GError     **error)
{
  /* PRAGMA takes no bound parameters; the value is our own integer. */
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d", version);

  return exec_ddl (self, sql, error);
}
