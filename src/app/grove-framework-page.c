/* grove-framework-page.c: the framework browser
 *
 * A sidebar lists the conditions of one framework; the content pane shows the
 * selected condition with its statements and the framework's rating scale.
 * On a narrow window the two panes fold into one and a row opens its
 * condition, as in GNOME Settings.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "grove-condition-item.h"
#include "grove-framework.h"
#include "grove-framework-item.h"
#include "grove-framework-page.h"

struct _GroveFrameworkPage
{
  AdwBin              parent_instance;

  GroveStore         *store;
  GListStore         *frameworks;  /* (element-type GroveFrameworkItem) */
  GListStore         *conditions;  /* (element-type GroveConditionItem) */
  GroveFramework     *framework;   /* the one shown, or NULL */

  GtkStack           *stack;
  AdwStatusPage      *empty_page;
  AdwLeaflet         *leaflet;
  GtkWidget          *sidebar;
  GtkWidget          *content;
  GtkDropDown        *framework_dropdown;
  GtkLabel           *framework_title;
  GtkLabel           *framework_description;
  GtkListView        *conditions_view;
  GtkSingleSelection *condition_selection;
  GtkScrolledWindow  *content_scroller;
  GtkLabel           *condition_position;
  GtkLabel           *condition_title;
  GtkLabel           *condition_description;
  GtkListBox         *statements_list;
  GtkListBox         *scale_list;
};

G_DEFINE_FINAL_TYPE (GroveFrameworkPage, grove_framework_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
create_numbered_row (const char *number,
                     const char *text)
{
  GtkWidget *row;
  GtkWidget *box;
  GtkWidget *number_label;
  GtkWidget *text_label;

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  number_label = gtk_label_new (number);
  gtk_label_set_width_chars (GTK_LABEL (number_label), 3);
  gtk_label_set_xalign (GTK_LABEL (number_label), 0);
  gtk_widget_set_valign (number_label, GTK_ALIGN_BASELINE);
  gtk_widget_add_css_class (number_label, "numeric");
  gtk_widget_add_css_class (number_label, "dim-label");
  gtk_box_append (GTK_BOX (box), number_label);

  text_label = gtk_label_new (text);
  gtk_label_set_wrap (GTK_LABEL (text_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text_label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (text_label), 0);
  gtk_widget_set_hexpand (text_label, TRUE);
  gtk_widget_set_valign (text_label, GTK_ALIGN_BASELINE);
  gtk_box_append (GTK_BOX (box), text_label);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  -1);

  return row;
}

static GtkWidget *
create_statement_row_cb (gpointer item,
                         gpointer user_data)
{
  GroveFrameworkPage *self = user_data;
  GroveConditionItem *condition = gtk_single_selection_get_selected_item (self->condition_selection);
  g_autofree char *number = NULL;
  guint position = 0;
  guint n_items;

  /* Statements are numbered within their condition, "2.3", as people cite
   * them in reports. */
  n_items = g_list_model_get_n_items (grove_condition_item_get_statements (condition));
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) other = g_list_model_get_item (grove_condition_item_get_statements (condition), i);

      if (other == item)
        {
          position = i + 1;
          break;
        }
    }

  number = g_strdup_printf ("%u.%u", grove_condition_item_get_number (condition), position);

  return create_numbered_row (number,
                              gtk_string_object_get_string (GTK_STRING_OBJECT (item)));
}

static void
clear_list_box (GtkListBox *list_box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list_box))) != NULL)
    gtk_list_box_remove (list_box, child);
}

static void
show_scale (GroveFrameworkPage *self)
{
  clear_list_box (self->scale_list);

  for (guint i = 0; i < self->framework->scale->len; i++)
    {
      const GroveFrameworkScalePoint *point = g_ptr_array_index (self->framework->scale, i);
      g_autofree char *number = g_strdup_printf ("%d", point->value);

      gtk_list_box_append (self->scale_list, create_numbered_row (number, point->label));
    }

  if (self->framework->not_observed_label != NULL)
    /* Translators: the mark beside "Not observed" in the rating scale, where
     * the other answers show their number. */
    gtk_list_box_append (self->scale_list,
                         create_numbered_row (C_("rating scale", "–"),
                                              self->framework->not_observed_label));
}

static void
show_condition (GroveFrameworkPage *self,
                GroveConditionItem *item)
{
  g_autofree char *position = NULL;
  const char *description;

  if (item == NULL)
    {
      gtk_list_box_bind_model (self->statements_list, NULL, NULL, NULL, NULL);
      return;
    }

  /* Translators: above the title of a framework condition, e.g. "Condition 2 of 6" */
  position = g_strdup_printf (_("Condition %u of %u"),
                              grove_condition_item_get_number (item),
                              g_list_model_get_n_items (G_LIST_MODEL (self->conditions)));
  gtk_label_set_label (self->condition_position, position);
  gtk_label_set_label (self->condition_title, grove_condition_item_get_title (item));

  description = grove_condition_item_get_description (item);
  gtk_label_set_label (self->condition_description, description != NULL ? description : "");
  gtk_widget_set_visible (GTK_WIDGET (self->condition_description),
                          description != NULL && *description != '\0');

  gtk_list_box_bind_model (self->statements_list,
                           grove_condition_item_get_statements (item),
                           create_statement_row_cb, self, NULL);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->content_scroller), 0);
}

static void
show_message (GroveFrameworkPage *self,
              const char         *title,
              const char         *description)
{
  adw_status_page_set_title (self->empty_page, title);
  adw_status_page_set_description (self->empty_page, description);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
show_framework (GroveFrameworkPage *self,
                gint64              id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  g_clear_pointer (&self->framework, grove_framework_free);
  self->framework = grove_framework_get (self->store, id, &error);
  if (self->framework == NULL)
    {
      g_list_store_remove_all (self->conditions);
      show_message (self, _("Could Not Read the Framework"), error->message);
      return;
    }
  grove_framework_localize (self->framework, NULL);

  gtk_label_set_label (self->framework_title, self->framework->title);
  gtk_label_set_label (self->framework_description,
                       self->framework->description != NULL ? self->framework->description : "");
  gtk_widget_set_visible (GTK_WIDGET (self->framework_description),
                          self->framework->description != NULL);

  for (guint i = 0; i < self->framework->conditions->len; i++)
    g_ptr_array_add (items, grove_condition_item_new (i + 1, g_ptr_array_index (self->framework->conditions, i)));

  g_list_store_splice (self->conditions, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->conditions)),
                       items->pdata, items->len);
  show_scale (self);

  gtk_single_selection_set_selected (self->condition_selection, 0);
  show_condition (self, gtk_single_selection_get_selected_item (self->condition_selection));

  if (self->framework->conditions->len == 0)
    show_message (self, _("Empty Framework"), _("This framework has no conditions."));
  else
    gtk_stack_set_visible_child_name (self->stack, "framework");
}

static guint
find_default_framework (GroveFrameworkPage *self)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->frameworks));

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GroveFrameworkItem) item = g_list_model_get_item (G_LIST_MODEL (self->frameworks), i);

      if (g_strcmp0 (grove_framework_item_get_key (item), GROVE_FRAMEWORK_BUILTIN_KEY) == 0)
        return i;
    }

  return 0;
}

static void
on_framework_selected_cb (GroveFrameworkPage *self)
{
  GroveFrameworkItem *item = gtk_drop_down_get_selected_item (self->framework_dropdown);

  if (item != NULL && self->store != NULL)
    show_framework (self, grove_framework_item_get_id (item));
}

static void
on_condition_selected_cb (GroveFrameworkPage *self)
{
  show_condition (self, gtk_single_selection_get_selected_item (self->condition_selection));
}

static void
on_condition_activated_cb (GroveFrameworkPage *self,
                           guint               position)
{
  gtk_single_selection_set_selected (self->condition_selection, position);
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
show_conditions_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  GroveFrameworkPage *self = GROVE_FRAMEWORK_PAGE (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
  gtk_widget_grab_focus (GTK_WIDGET (self->conditions_view));
}

static void
grove_framework_page_dispose (GObject *object)
{
  GroveFrameworkPage *self = GROVE_FRAMEWORK_PAGE (object);

  if (self->statements_list != NULL)
    gtk_list_box_bind_model (self->statements_list, NULL, NULL, NULL, NULL);

  /* AdwBin unparents its child itself; it must let go before the template
   * does, or it would unparent a widget that is already gone. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), GROVE_TYPE_FRAMEWORK_PAGE);

  g_clear_object (&self->store);
  g_clear_object (&self->frameworks);
  g_clear_object (&self->conditions);
  g_clear_pointer (&self->framework, grove_framework_free);

  G_OBJECT_CLASS (grove_framework_page_parent_class)->dispose (object);
}

static void
grove_framework_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  GroveFrameworkPage *self = GROVE_FRAMEWORK_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
grove_framework_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  GroveFrameworkPage *self = GROVE_FRAMEWORK_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      grove_framework_page_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
grove_framework_page_class_init (GroveFrameworkPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = grove_framework_page_dispose;
  object_class->get_property = grove_framework_page_get_property;
  object_class->set_property = grove_framework_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, GROVE_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The list-item template names these types before any instance exists. */
  g_type_ensure (GROVE_TYPE_CONDITION_ITEM);
  g_type_ensure (GROVE_TYPE_FRAMEWORK_ITEM);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/grove-framework-page.ui");
  gtk_widget_class_bind_template_child (widget_class, GroveFrameworkPage, stack);
  gtk_widget_class_bind_template_child (widget_class, GroveFrameworkPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, GroveFrameworkPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, GroveFrameworkPage, sidebar);
  gtk_widget_class_bind_template_child (widget_class, GroveFrameworkPage, content);
  gtk_widget_class_bind_template_child (widget_class, GroveFrameworkPage, framework_dropdown);
  gtk_widget_class_bind_template_child (widget_class, GroveFrameworkPage, framework_title);
  gtk_widget_class_bind_template_child (widget_class, GroveFrameworkPage, framework_description);
  gtk_widget_class_bind_template_child (widget_class, GroveFrameworkPage, conditions_view);
  gtk_widget_class_bind_template_child (widget_class, GroveFrameworkPage, condition_selection);
  gtk_widget_class_bind_template_child (widget_class, GroveFrameworkPage, content_scroller);
  gtk_widget_class_bind_template_child (widget_class, GroveFrameworkPage, condition_position);
  gtk_widget_class_bind_template_child (widget_class, GroveFrameworkPage, condition_title);
  gtk_widget_class_bind_template_child (widget_class, GroveFrameworkPage, condition_description);
  gtk_widget_class_bind_template_child (widget_class, GroveFrameworkPage, statements_list);
  gtk_widget_class_bind_template_child (widget_class, GroveFrameworkPage, scale_list);
  gtk_widget_class_bind_template_callback (widget_class, on_framework_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_condition_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_condition_activated_cb);

  gtk_widget_class_install_action (widget_class, "framework.show-conditions", NULL, show_conditions_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "framework.show-conditions", NULL);
}

static void
grove_framework_page_init (GroveFrameworkPage *self)
{
  self->frameworks = g_list_store_new (GROVE_TYPE_FRAMEWORK_ITEM);
  self->conditions = g_list_store_new (GROVE_TYPE_CONDITION_ITEM);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_single_selection_set_model (self->condition_selection, G_LIST_MODEL (self->conditions));
  gtk_drop_down_set_model (self->framework_dropdown, G_LIST_MODEL (self->frameworks));
}

GtkWidget *
grove_framework_page_new (void)
{
  return g_object_new (GROVE_TYPE_FRAMEWORK_PAGE, NULL);
}

/**
 * grove_framework_page_get_store:
 *
 * Returns: (transfer none) (nullable): the store whose frameworks are shown
 */
GroveStore *
grove_framework_page_get_store (GroveFrameworkPage *self)
{
  g_return_val_if_fail (GROVE_IS_FRAMEWORK_PAGE (self), NULL);

  return self->store;
}

void
grove_framework_page_set_store (GroveFrameworkPage *self,
                                GroveStore         *store)
{
  g_return_if_fail (GROVE_IS_FRAMEWORK_PAGE (self));
  g_return_if_fail (store == NULL || GROVE_IS_STORE (store));

  if (g_set_object (&self->store, store))
    {
      grove_framework_page_reload (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
    }
}

/**
 * grove_framework_page_reload:
 *
 * Reads the list of frameworks again and shows the built-in one, or the first.
 */
void
grove_framework_page_reload (GroveFrameworkPage *self)
{
  g_autoptr(GPtrArray) frameworks = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  guint selected;

  g_return_if_fail (GROVE_IS_FRAMEWORK_PAGE (self));

  g_list_store_remove_all (self->conditions);
  g_clear_pointer (&self->framework, grove_framework_free);

  if (self->store == NULL)
    frameworks = g_ptr_array_new ();
  else
    frameworks = grove_framework_list (self->store, &error);

  if (frameworks == NULL)
    {
      g_list_store_remove_all (self->frameworks);
      show_message (self, _("Could Not Read the Frameworks"), error->message);
      return;
    }

  for (guint i = 0; i < frameworks->len; i++)
    {
      grove_framework_localize (g_ptr_array_index (frameworks, i), NULL);
      g_ptr_array_add (items, grove_framework_item_new (g_ptr_array_index (frameworks, i)));
    }

  /* Filling the model would select its first row and load that framework;
   * the one wanted is chosen below. */
  g_signal_handlers_block_by_func (self->framework_dropdown, on_framework_selected_cb, self);
  g_list_store_splice (self->frameworks, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->frameworks)),
                       items->pdata, items->len);
  selected = find_default_framework (self);
  gtk_drop_down_set_selected (self->framework_dropdown, selected);
  g_signal_handlers_unblock_by_func (self->framework_dropdown, on_framework_selected_cb, self);

  /* With a choice to make, the selector names the framework shown. */
  gtk_widget_set_visible (GTK_WIDGET (self->framework_dropdown), items->len > 1);
  gtk_widget_set_visible (GTK_WIDGET (self->framework_title), items->len <= 1);

  if (items->len == 0)
    {
      show_message (self, _("No Framework"),
                    _("This database holds no learning-culture framework. Import one to browse its conditions and statements."));
      return;
    }

  on_framework_selected_cb (self);
}
