/* grove-window.c: the main window
 *
 * A view switcher over the pages that work; it sits in the header bar on a
 * wide window and at the bottom on a narrow one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "grove-conversations-page.h"
#include "grove-coaching-page.h"
#include "grove-culture-page.h"
#include "grove-framework-page.h"
#include "grove-people-page.h"
#include "grove-window.h"

struct _GroveWindow
{
  AdwApplicationWindow  parent_instance;

  GroveStore           *store;
  GSettings            *settings;  /* (nullable): absent when the schema is not installed */

  GtkStack             *main_stack;
  AdwViewStack         *view_stack;
  AdwStatusPage        *error_page;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar   *switcher_bar;
  GroveFrameworkPage   *framework_page;
  GroveCulturePage     *culture_page;
  GrovePeoplePage      *people_page;
  GroveConversationsPage *conversations_page;
  GroveCoachingPage    *coaching_page;
};

G_DEFINE_FINAL_TYPE (GroveWindow, grove_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
restore_window_state (GroveWindow *self)
{
  g_autofree char *page = NULL;
  int width;
  int height;

  if (self->settings == NULL)
    return;

  g_settings_get (self->settings, "window-size", "(ii)", &width, &height);
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);

  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  /* A page saved by another version may be gone; then the first stays. */
  page = g_settings_get_string (self->settings, "last-page");
  if (adw_view_stack_get_child_by_name (self->view_stack, page) != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack, page);
}

static void
save_window_state (GroveWindow *self)
{
  gboolean maximized;
  int width;
  int height;

  if (self->settings == NULL)
    return;

  maximized = gtk_window_is_maximized (GTK_WINDOW (self));
  g_settings_set_boolean (self->settings, "window-maximized", maximized);
  if (adw_view_stack_get_visible_child_name (self->view_stack) != NULL)
    g_settings_set_string (self->settings, "last-page", adw_view_stack_get_visible_child_name (self->view_stack));

  /* A maximized window's size says nothing about the size to return to. */
  if (!maximized)
    {
      gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
      g_settings_set (self->settings, "window-size", "(ii)", width, height);
    }
}

static void
grove_window_constructed (GObject *object)
{
  GroveWindow *self = GROVE_WINDOW (object);

  G_OBJECT_CLASS (grove_window_parent_class)->constructed (object);

  restore_window_state (self);
  /* A new threshold applies at once, to the page on screen as well. */
  if (self->settings != NULL)
    g_settings_bind (self->settings, "anonymity-threshold", self->culture_page, "anonymity-threshold",
                     G_SETTINGS_BIND_GET);
  /* The page's chooser writes the setting as well as following it. */
  if (self->settings != NULL)
    g_settings_bind (self->settings, "signed-in-person", self->conversations_page, "signed-in-person",
                     G_SETTINGS_BIND_DEFAULT);
  /* Only where the page starts: a round chosen afterwards is left alone. */
  if (self->settings != NULL && self->store != NULL && g_settings_get_int64 (self->settings, "default-round") != 0)
    grove_culture_page_select_round (self->culture_page, g_settings_get_int64 (self->settings, "default-round"));
}

static void
grove_window_unmap (GtkWidget *widget)
{
  save_window_state (GROVE_WINDOW (widget));

  GTK_WIDGET_CLASS (grove_window_parent_class)->unmap (widget);
}

static void
grove_window_dispose (GObject *object)
{
  GroveWindow *self = GROVE_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), GROVE_TYPE_WINDOW);

  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (grove_window_parent_class)->dispose (object);
}

static void
grove_window_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  GroveWindow *self = GROVE_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
grove_window_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  GroveWindow *self = GROVE_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      grove_framework_page_set_store (self->framework_page, self->store);
      grove_culture_page_set_store (self->culture_page, self->store);
      grove_people_page_set_store (self->people_page, self->store);
      grove_conversations_page_set_store (self->conversations_page, self->store);
      grove_coaching_page_set_store (self->coaching_page, self->store);
      /* Saying so up front spares the surprise of the first refused save. */
      if (self->store != NULL && grove_store_is_read_only (self->store))
        adw_view_switcher_title_set_subtitle (self->switcher_title, _("Read-Only"));
      break;
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
grove_window_class_init (GroveWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = grove_window_constructed;
  object_class->dispose = grove_window_dispose;
  object_class->get_property = grove_window_get_property;
  object_class->set_property = grove_window_set_property;

  widget_class->unmap = grove_window_unmap;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, GROVE_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* Construct-only, unlike GtkWindow:application, so that the size can be
   * restored in constructed(), before the window is first shown. */
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (GROVE_TYPE_FRAMEWORK_PAGE);
  g_type_ensure (GROVE_TYPE_CULTURE_PAGE);
  g_type_ensure (GROVE_TYPE_PEOPLE_PAGE);
  g_type_ensure (GROVE_TYPE_CONVERSATIONS_PAGE);
  g_type_ensure (GROVE_TYPE_COACHING_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/grove-window.ui");
  gtk_widget_class_bind_template_child (widget_class, GroveWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, GroveWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, GroveWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, GroveWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, GroveWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, GroveWindow, framework_page);
  gtk_widget_class_bind_template_child (widget_class, GroveWindow, culture_page);
  gtk_widget_class_bind_template_child (widget_class, GroveWindow, people_page);
  gtk_widget_class_bind_template_child (widget_class, GroveWindow, conversations_page);
  gtk_widget_class_bind_template_child (widget_class, GroveWindow, coaching_page);
}

static void
grove_window_init (GroveWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * grove_window_new:
 * @application: the application
 * @store: (nullable): the open database, or %NULL when it could not be opened
 *
 * Returns: (transfer full): a new window
 */
GroveWindow *
grove_window_new (GroveApplication *application,
                  GroveStore       *store)
{
  g_return_val_if_fail (GROVE_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (store == NULL || GROVE_IS_STORE (store), NULL);

  return g_object_new (GROVE_TYPE_WINDOW,
                       "application", application,
                       "store", store,
                       "settings", grove_application_get_settings (application),
                       NULL);
}

/**
 * grove_window_get_store:
 *
 * Returns: (transfer none) (nullable): the database the window shows
 */
GroveStore *
grove_window_get_store (GroveWindow *self)
{
  g_return_val_if_fail (GROVE_IS_WINDOW (self), NULL);

  return self->store;
}

/**
 * grove_window_show_open_error:
 * @error: why the database could not be opened
 *
 * Puts the reason in place of the pages, which have nothing to show.
 */
void
grove_window_show_open_error (GroveWindow  *self,
                              const GError *error)
{
  g_return_if_fail (GROVE_IS_WINDOW (self));
  g_return_if_fail (error != NULL);

  adw_status_page_set_description (self->error_page, error->message);
  gtk_stack_set_visible_child_name (self->main_stack, "error");
  /* No page can work without the database, so none is offered, at the top
   * or, in a narrow window, at the bottom. */
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->switcher_bar), FALSE);
}
