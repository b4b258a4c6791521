/* grove-demo-org.c: the demo organisation — units, people, line management
 *
 * A fictional UK public body. The shape: the organisation with a private
 * office (a team the head leads) and directorates, each with teams. The head
 * (SCS2) manages the directors (SCS1) and the private office; each director
 * manages the leaders of their teams (Grade 6 or 7); a large team has middle
 * managers one grade down; everyone else is more junior than their manager.
 * Ids follow that order, head first.
 *
 * Speed matters for the benchmark (10,000 people in a few seconds): rows go
 * straight through _grove_org_insert_person() on cached statements, and
 * every lookup is in memory, never a query per row.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "grove-demo-private.h"
#include "grove-org-private.h"

#define ORGANISATION_NAME "Department for Learning and Skills"
/* .test is reserved (RFC 2606): these addresses can never reach anyone. */
#define EMAIL_DOMAIN      "learning-skills.test"
#define REMOTE            "Remote"

enum { AA, AO, EO, HEO, SEO, G7, G6, SCS1, SCS2, N_GRADES };

static const char * const grade_names[N_GRADES] = {
  "AA", "AO", "EO", "HEO", "SEO", "Grade 7", "Grade 6", "SCS1", "SCS2",
};
/* Roughly the shape of a department below the senior civil service: most
 * people are EO or HEO. */
static const guint grade_weights[N_GRADES] = { 1, 3, 5, 5, 4, 3, 1, 0, 0 };

typedef enum { THEME_POLICY, THEME_DELIVERY, THEME_CORPORATE, N_THEMES } Theme;

static const struct {
  const char *name;
  Theme       theme;
} directorate_names[] = {
  { "Policy and Strategy", THEME_POLICY },
  { "Delivery and Operations", THEME_DELIVERY },
  { "Corporate Services", THEME_CORPORATE },
  { "Skills and Apprenticeships", THEME_POLICY },
  { "Digital, Data and Technology", THEME_DELIVERY },
  { "Finance and Commercial", THEME_CORPORATE },
  { "Further Education", THEME_POLICY },
  { "Wales and the Regions", THEME_DELIVERY },
  { "People and Capability", THEME_CORPORATE },
};

#define TEAMS_PER_THEME 8
static const struct {
  const char *name;
  const char *profession;
} team_names[N_THEMES][TEAMS_PER_THEME] = {
  [THEME_POLICY] = {
    { "Adult Skills Policy", "Policy" },
    { "Curriculum and Qualifications", "Policy" },
    { "Economic Analysis", "Analysis" },
    { "Strategy Unit", "Policy" },
    { "Legislation and Parliamentary", "Policy" },
    { "Learner Voice", "Policy" },
    { "Research and Evaluation", "Analysis" },
    { "International Learning", "Policy" },
  },
  [THEME_DELIVERY] = {
    { "Apprenticeship Delivery", "Operational Delivery" },
    { "Digital Services", "Digital" },
    { "Learner Support Services", "Operational Delivery" },
    { "Programme Management Office", "Project Delivery" },
    { "Provider Assurance", "Operational Delivery" },
    { "Data and Insight", "Analysis" },
    { "Contact Centre", "Operational Delivery" },
    { "Regional Delivery", "Operational Delivery" },
  },
  [THEME_CORPORATE] = {
    { "Human Resources", "HR" },
    { "Finance Business Partnering", "Finance" },
    { "Commercial and Procurement", "Commercial" },
    { "Learning and Development", "HR" },
    { "Technology Services", "Digital" },
    { "Communications", "Communications" },
    { "Governance and Risk", "Finance" },
    { "Estates and Facilities", "Operational Delivery" },
  },
};

static const char * const professions[] = {
  "Policy", "Digital", "Finance", "HR", "Operational Delivery", "Project Delivery",
  "Analysis", "Commercial", "Communications",
};

static const struct {
  const char *name;
  guint       weight;
  gboolean    in_wales;
} locations[] = {
  { "Cardiff", 4, TRUE },
  { "Swansea", 2, TRUE },
  { "Birmingham", 2, FALSE },
  { "Leeds", 2, FALSE },
  { "London", 3, FALSE },
  { "Newcastle", 1, FALSE },
  { "Glasgow", 1, FALSE },
};

/* The private office sits in London, beside Parliament. */
#define LONDON 4

static const char * const first_names[] = {
  "Aisha", "Alice", "Amelia", "Amir", "Andrew", "Charlotte", "Chloe", "Daniel", "David", "Emily",
  "Emma", "Fatima", "George", "Grace", "Hannah", "Harry", "Isla", "Jack", "James", "Jessica",
  "Joseph", "Katie", "Laura", "Liam", "Lucy", "Mark", "Mohammed", "Olivia", "Oliver", "Paul",
  "Priya", "Rachel", "Richard", "Ruth", "Samuel", "Sarah", "Sophie", "Stephen", "Thomas", "William",
  "Zara", "Callum", "Eilidh", "Fraser", "Niamh", "Ciaran", "Joanne", "Graham",
};
static const char * const welsh_first_names[] = {
  "Aled", "Angharad", "Bethan", "Carys", "Cerys", "Dafydd", "Eleri", "Elin", "Ffion", "Gareth",
  "Geraint", "Gethin", "Gwen", "Huw", "Iestyn", "Iolo", "Lowri", "Megan", "Meinir", "Nia",
  "Owain", "Rhian", "Rhodri", "Rhys", "Siân", "Sioned", "Steffan", "Tomos",
};
static const char * const surnames[] = {
  "Ahmed", "Allen", "Bailey", "Baker", "Begum", "Bell", "Brown", "Campbell", "Clarke", "Cooper",
  "Fraser", "Green", "Hall", "Harris", "Hill", "Hussain", "Jackson", "Johnson", "Khan", "King",
  "Macdonald", "Martin", "Mitchell", "Moore", "Murphy", "O'Connor", "Patel", "Robinson", "Scott",
  "Shah", "Singh", "Smith", "Taylor", "Thompson", "Turner", "Walker", "Ward", "Watson", "White",
  "Wilson", "Wood", "Wright", "Young", "Kowalski", "Okafor", "Brown-Fletcher",
};
static const char * const welsh_surnames[] = {
  "Jones", "Williams", "Davies", "Evans", "Thomas", "Roberts", "Hughes", "Lewis", "Morgan",
  "Griffiths", "Price", "Rees", "Powell", "Pritchard", "Llewellyn", "Owen", "Jenkins", "Parry",
  "Bevan", "Vaughan", "ap Gruffydd", "Prosser",
};
static const char * const other_languages[] = {
  "Polish", "Urdu", "Punjabi", "French", "Gujarati", "Arabic",
};

typedef struct {
  gint64      id;
  gint64      director_id;
  guint       location;   /* index into locations[] */
  const char *profession;
  guint       members;    /* people in the team besides its leader */
} Team;

typedef struct {
  GroveStore   *store;
  GroveDemoRng  rng;
  GHashTable   *emails;        /* address stem -> GUINT_TO_POINTER (times used) */
  GArray       *teams;         /* of Team; [0] is the private office */
  GArray       *directorates;  /* of gint64 */
  GArray       *director_ids;  /* of gint64, one per directorate */
  guint         n_people;
} Builder;

#define PICK(b, array) ((array)[_grove_demo_rng_below (&(b)->rng, G_N_ELEMENTS (array))])

static guint
pick_location (Builder *b)
{
  guint total = 0, r;

  for (guint i = 0; i < G_N_ELEMENTS (locations); i++)
    total += locations[i].weight;
  r = _grove_demo_rng_below (&b->rng, total);
  for (guint i = 0; i < G_N_ELEMENTS (locations); i++)
    {
      if (r < locations[i].weight)
        return i;
      r -= locations[i].weight;
    }
  g_assert_not_reached ();
}

/* A grade in [lo, hi], weighted like a real department. */
static guint
pick_grade (Builder *b,
            int      lo,
            int      hi)
{
  guint total = 0, r;

  lo = MAX (lo, AA);
  for (int g = lo; g <= hi; g++)
    total += grade_weights[g];
  if (total == 0)
    return (guint) hi;
  r = _grove_demo_rng_below (&b->rng, total);
  for (int g = lo; g <= hi; g++)
    {
      if (r < grade_weights[g])
        return (guint) g;
      r -= grade_weights[g];
    }
  return (guint) hi;
}

/* Lower case ASCII for the address; Welsh circumflexes lose their accent and
 * apostrophes and spaces go, as mail systems do with such names. */
static void
append_address_part (GString    *out,
                     const char *name)
{
  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      switch (c)
        {
        case 0x00e2: c = 'a'; break; /* â */
        case 0x00ea: c = 'e'; break; /* ê */
        case 0x00ee: c = 'i'; break; /* î */
        case 0x00f4: c = 'o'; break; /* ô */
        case 0x00fb: c = 'u'; break; /* û */
        case 0x0175: c = 'w'; break; /* ŵ */
        case 0x0177: c = 'y'; break; /* ŷ */
        default: break;
        }
      if (c < 0x80 && (g_ascii_isalpha ((char) c) || c == '-'))
        g_string_append_c (out, g_ascii_tolower ((char) c));
    }
}

static char *
make_email (Builder    *b,
            const char *first,
            const char *last)
{
  GString *stem = g_string_new (NULL);
  guint used;

  append_address_part (stem, first);
  g_string_append_c (stem, '.');
  append_address_part (stem, last);

  used = GPOINTER_TO_UINT (g_hash_table_lookup (b->emails, stem->str)) + 1;
  g_hash_table_replace (b->emails, g_strdup (stem->str), GUINT_TO_POINTER (used));
  /* Stems end in a letter, so "jones2" cannot be another person's stem. */
  if (used > 1)
    g_string_append_printf (stem, "%u", used);
  g_string_append (stem, "@" EMAIL_DOMAIN);
  return g_string_free (stem, FALSE);
}

static GStrv
make_languages (Builder  *b,
                gboolean  in_wales)
{
  g_autoptr(GStrvBuilder) languages = g_strv_builder_new ();

  g_strv_builder_add (languages, "English");
  /* About one in five people in Wales speaks Welsh; more in a public body
   * with a Welsh language scheme. */
  if (_grove_demo_rng_chance (&b->rng, in_wales ? 40 : 2))
    g_strv_builder_add (languages, "Welsh");
  if (_grove_demo_rng_chance (&b->rng, 4))
    g_strv_builder_add (languages, PICK (b, other_languages));
  return g_strv_builder_end (languages);
}

static gint64
add_person (Builder     *b,
            gint64       unit_id,
            gint64       manager_id,
            guint        grade,
            guint        location,
            const char  *profession,
            GError     **error)
{
  g_autoptr(GrovePerson) person = grove_person_new (NULL);
  gboolean remote = _grove_demo_rng_chance (&b->rng, 10);
  gboolean in_wales = locations[location].in_wales;
  const char *first, *last;
  guint year, month, day;

  first = _grove_demo_rng_chance (&b->rng, in_wales ? 55 : 8) ? PICK (b, welsh_first_names) : PICK (b, first_names);
  last = _grove_demo_rng_chance (&b->rng, in_wales ? 60 : 10) ? PICK (b, welsh_surnames) : PICK (b, surnames);

  person->name = g_strconcat (first, " ", last, NULL);
  person->email = make_email (b, first, last);
  person->unit_id = unit_id;
  person->manager_id = manager_id;
  person->grade = g_strdup (grade_names[grade]);
  person->profession = g_strdup (profession);
  person->location = g_strdup (remote ? REMOTE : locations[location].name);
  person->languages = make_languages (b, in_wales);
  /* One draw per statement: C leaves the order of a call's arguments open,
   * and the same seed must give the same dates with every compiler. */
  year = 1998 + _grove_demo_rng_below (&b->rng, 27);
  month = 1 + _grove_demo_rng_below (&b->rng, 12);
  day = 1 + _grove_demo_rng_below (&b->rng, 28);
  person->start_date = g_strdup_printf ("%04u-%02u-%02u", year, month, day);

  if (!_grove_org_insert_person (b->store, person, error))
    return 0;
  b->n_people++;
  return person->id;
}

/* Someone in a team: mostly of the team's profession and at its base. */
static gint64
add_member (Builder     *b,
            const Team  *team,
            gint64       manager_id,
            guint        grade,
            GError     **error)
{
  const char *profession = _grove_demo_rng_chance (&b->rng, 70) ? team->profession : PICK (b, professions);
  guint location = _grove_demo_rng_chance (&b->rng, 85) ? team->location : pick_location (b);

  return add_person (b, team->id, manager_id, grade, location, profession, error);
}

static char *
numbered_name (const char *name,
               guint       round)
{
  return round == 0 ? g_strdup (name) : g_strdup_printf ("%s %u", name, round + 1);
}

static gboolean
add_units (Builder                 *b,
           const GroveDemoOptions  *options,
           GError                 **error)
{
  guint n_directorates = _grove_demo_count_directorates (options->teams);
  guint named[N_THEMES] = { 0 };
  gint64 org;
  Team office = { 0 };

  org = _grove_org_insert_unit (b->store, GROVE_ORG_UNIT_ORGANISATION, ORGANISATION_NAME, 0, error);
  if (org == 0)
    return FALSE;

  for (guint j = 0; j < n_directorates; j++)
    {
      guint n = G_N_ELEMENTS (directorate_names);
      g_autofree char *name = numbered_name (directorate_names[j % n].name, j / n);
      gint64 id = _grove_org_insert_unit (b->store, GROVE_ORG_UNIT_DIRECTORATE, name, org, error);

      if (id == 0)
        return FALSE;
      g_array_append_val (b->directorates, id);
    }

  office.id = _grove_org_insert_unit (b->store, GROVE_ORG_UNIT_TEAM, "Private Office", org, error);
  office.location = LONDON;
  office.profession = "Policy";
  if (office.id == 0)
    return FALSE;
  g_array_append_val (b->teams, office);

  /* Teams are dealt round the directorates, each taking the next name of its
   * directorate's theme, so that no two teams share a name anywhere and
   * people can pick a team by name. */
  for (guint k = 0; k + 1 < options->teams; k++)
    {
      guint j = k % n_directorates;
      Theme theme = directorate_names[j % G_N_ELEMENTS (directorate_names)].theme;
      guint slot = named[theme]++;
      g_autofree char *name = numbered_name (team_names[theme][slot % TEAMS_PER_THEME].name,
                                             slot / TEAMS_PER_THEME);
      Team team = { 0 };

      team.id = _grove_org_insert_unit (b->store, GROVE_ORG_UNIT_TEAM, name,
                                        g_array_index (b->directorates, gint64, j), error);
      if (team.id == 0)
        return FALSE;
      team.director_id = j; /* the directorate's index until directors exist */
      team.location = pick_location (b);
      team.profession = team_names[theme][slot % TEAMS_PER_THEME].profession;
      g_array_append_val (b->teams, team);
    }
  return TRUE;
}

/* Shares out everyone who is not a head, director or leader: the private
 * office small, the other teams of varied size. */
static void
size_teams (Builder *b,
            guint    spare)
{
  g_autofree guint *weights = g_new (guint, b->teams->len);
  guint total = 0, given = 0;

  for (guint i = 0; i < b->teams->len; i++)
    {
      weights[i] = i == 0 ? 1 : 2 + _grove_demo_rng_below (&b->rng, 5);
      total += weights[i];
    }
  for (guint i = 0; i < b->teams->len; i++)
    {
      Team *team = &g_array_index (b->teams, Team, i);

      team->members = (guint) ((guint64) spare * weights[i] / total);
      given += team->members;
    }
  for (guint n = 0; given < spare; n++, given++)
    g_array_index (b->teams, Team, 1 + n % (b->teams->len - 1)).members++;
}

static gboolean
add_team_people (Builder     *b,
                 const Team  *team,
                 gint64       leader_id,
                 guint        leader_grade,
                 GError     **error)
{
  /* A leader of ten or more shares the line management with middle managers,
   * one for every seven people, which deepens the chains a little. */
  guint n_middle = team->members >= 10 ? team->members / 7 : 0;
  g_autofree gint64 *middle = g_new0 (gint64, MAX (n_middle, 1));

  for (guint m = 0; m < team->members; m++)
    {
      gint64 id;

      if (m < n_middle)
        id = middle[m] = add_member (b, team, leader_id, leader_grade - 1, error);
      else if (n_middle > 0)
        id = add_member (b, team, middle[m % n_middle], pick_grade (b, (int) leader_grade - 5, (int) leader_grade - 2), error);
      else
        id = add_member (b, team, leader_id, pick_grade (b, (int) leader_grade - 5, (int) leader_grade - 1), error);
      if (id == 0)
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_people (Builder  *b,
            GError  **error)
{
  Team *office = &g_array_index (b->teams, Team, 0);
  gint64 head;

  head = add_person (b, office->id, 0, SCS2, office->location, "Policy", error);
  if (head == 0)
    return FALSE;

  for (guint j = 0; j < b->directorates->len; j++)
    {
      Team *first = &g_array_index (b->teams, Team, MIN (j + 1, b->teams->len - 1));
      gint64 id = add_person (b, g_array_index (b->directorates, gint64, j), head, SCS1,
                              first->location, first->profession, error);

      if (id == 0)
        return FALSE;
      g_array_append_val (b->director_ids, id);
    }

  for (guint m = 0; m < office->members; m++)
    if (add_member (b, office, head, m == 0 ? G7 : pick_grade (b, EO, SEO), error) == 0)
      return FALSE;

  for (guint i = 1; i < b->teams->len; i++)
    {
      Team *team = &g_array_index (b->teams, Team, i);
      guint grade = team->members >= 10 ? G6 : G7;
      gint64 director = g_array_index (b->director_ids, gint64, team->director_id);
      gint64 leader = add_member (b, team, director, grade, error);

      if (leader == 0 || !add_team_people (b, team, leader, grade, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
_grove_demo_generate_org (GroveStore              *store,
                          const GroveDemoOptions  *options,
                          GError                 **error)
{
  Builder b = { 0 };
  gboolean ok;

  b.store = store;
  _grove_demo_rng_init (&b.rng, options->seed, GROVE_DEMO_STREAM_ORG);
  b.emails = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  b.teams = g_array_new (FALSE, TRUE, sizeof (Team));
  b.directorates = g_array_new (FALSE, FALSE, sizeof (gint64));
  b.director_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  ok = add_units (&b, options, error);
  if (ok)
    {
      size_teams (&b, options->people - grove_demo_min_people (options->teams));
      ok = add_people (&b, error);
    }
  g_assert (!ok || b.n_people == options->people);

  g_hash_table_unref (b.emails);
  g_array_unref (b.teams);
  g_array_unref (b.directorates);
  g_array_unref (b.director_ids);
  return ok;
}
