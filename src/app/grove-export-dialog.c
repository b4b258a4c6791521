/* grove-export-dialog.c: choose a format and a size, then a file
 *
 * The sizes offered are those a chart is most often wanted at: a slide at
 * full HD or HD, and an A4 page in landscape. PNG sizes are pixels; SVG and
 * PDF sizes are points, so the A4 preset gives a true A4 page there and a
 * print-quality picture (150 dpi) in PNG.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "grove-export-dialog.h"

struct _GroveExportDialog
{
  AdwWindow       parent_instance;

  char           *chart_title;
  gboolean        applying_preset;
  GtkFileChooserNative *chooser;

  AdwComboRow    *format_row;
  AdwComboRow    *size_row;
  GtkSpinButton  *width_spin;
  GtkSpinButton  *height_spin;
};

G_DEFINE_FINAL_TYPE (GroveExportDialog, grove_export_dialog, ADW_TYPE_WINDOW)

enum {
  CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct {
  int png_width, png_height;   /* pixels */
  int page_width, page_height; /* points, for SVG and PDF */
} Preset;

/* In the order of the size row's list; the last entry there is "Custom". */
static const Preset presets[] = {
  { 1920, 1080, 1920, 1080 },
  { 1280,  720, 1280,  720 },
  { 1754, 1240,  842,  595 },  /* A4 landscape: 150 dpi, and 297 × 210 mm in points */
};

static const char * const extensions[] = { "png", "svg", "pdf" };

static void
apply_preset (GroveExportDialog *self)
{
  guint index = adw_combo_row_get_selected (self->size_row);
  gboolean png = grove_export_dialog_get_format (self) == GROVE_CHART_FORMAT_PNG;

  if (index >= G_N_ELEMENTS (presets))
    return;

  self->applying_preset = TRUE;
  gtk_spin_button_set_value (self->width_spin, png ? presets[index].png_width : presets[index].page_width);
  gtk_spin_button_set_value (self->height_spin, png ? presets[index].png_height : presets[index].page_height);
  self->applying_preset = FALSE;
}

static void
on_preset_changed_cb (GroveExportDialog *self)
{
  apply_preset (self);
}

static void
on_size_edited_cb (GroveExportDialog *self)
{
  if (!self->applying_preset)
    adw_combo_row_set_selected (self->size_row, G_N_ELEMENTS (presets));
}

static char *
suggest_name (GroveExportDialog *self)
{
  g_autofree char *lower = g_utf8_strdown (self->chart_title != NULL ? self->chart_title : _("chart"), -1);
  GString *name = g_string_new (NULL);
  gboolean dash = FALSE;

  /* Letters and digits kept, everything else one dash: a name that every
   * file system and every e-mail client takes. */
  for (const char *p = lower; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        {
          if (dash && name->len > 0)
            g_string_append_c (name, '-');
          g_string_append_unichar (name, c);
          dash = FALSE;
        }
      else
        dash = TRUE;
    }
  g_string_append_printf (name, ".%s", extensions[grove_export_dialog_get_format (self)]);

  return g_string_free (name, FALSE);
}

static void
on_chooser_response_cb (GroveExportDialog    *self,
                        int                   response,
                        GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);

  if (file != NULL)
    grove_export_dialog_save_to (self, file);
}

static void
on_save_clicked_cb (GroveExportDialog *self)
{
  g_autofree char *name = suggest_name (self);

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Save Chart"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
on_cancel_clicked_cb (GroveExportDialog *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static void
grove_export_dialog_dispose (GObject *object)
{
  GroveExportDialog *self = GROVE_EXPORT_DIALOG (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), GROVE_TYPE_EXPORT_DIALOG);

  G_OBJECT_CLASS (grove_export_dialog_parent_class)->dispose (object);
}

static void
grove_export_dialog_finalize (GObject *object)
{
  GroveExportDialog *self = GROVE_EXPORT_DIALOG (object);

  g_free (self->chart_title);

  G_OBJECT_CLASS (grove_export_dialog_parent_class)->finalize (object);
}

static void
grove_export_dialog_class_init (GroveExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = grove_export_dialog_dispose;
  object_class->finalize = grove_export_dialog_finalize;

  /**
   * GroveExportDialog::chosen:
   * @file: where to save
   * @format: a #GroveChartFormat
   * @width: in pixels (PNG) or points (SVG, PDF)
   * @height: likewise
   */
  signals[CHOSEN] =
    g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 4, G_TYPE_FILE, G_TYPE_INT, G_TYPE_INT, G_TYPE_INT);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/grove-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, GroveExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, GroveExportDialog, size_row);
  gtk_widget_class_bind_template_child (widget_class, GroveExportDialog, width_spin);
  gtk_widget_class_bind_template_child (widget_class, GroveExportDialog, height_spin);
  gtk_widget_class_bind_template_callback (widget_class, on_preset_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_size_edited_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked_cb);
}

static void
grove_export_dialog_init (GroveExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  apply_preset (self);
}

/**
 * grove_export_dialog_new:
 * @chart_title: (nullable): for the file name it suggests
 *
 * Returns: (transfer none): a new dialog, owned by GTK until it is closed
 */
GroveExportDialog *
grove_export_dialog_new (GtkWindow  *parent,
                         const char *chart_title)
{
  GroveExportDialog *self = g_object_new (GROVE_TYPE_EXPORT_DIALOG,
                                          "transient-for", parent,
                                          "modal", TRUE,
                                          NULL);

  self->chart_title = g_strdup (chart_title);
  return self;
}

GroveChartFormat
grove_export_dialog_get_format (GroveExportDialog *self)
{
  g_return_val_if_fail (GROVE_IS_EXPORT_DIALOG (self), GROVE_CHART_FORMAT_PNG);

  return (GroveChartFormat) MIN (adw_combo_row_get_selected (self->format_row), GROVE_CHART_FORMAT_PDF);
}

void
grove_export_dialog_set_format (GroveExportDialog *self,
                                GroveChartFormat   format)
{
  g_return_if_fail (GROVE_IS_EXPORT_DIALOG (self));

  adw_combo_row_set_selected (self->format_row, format);
}

void
grove_export_dialog_get_size (GroveExportDialog *self,
                              int               *width,
                              int               *height)
{
  g_return_if_fail (GROVE_IS_EXPORT_DIALOG (self));

  *width = gtk_spin_button_get_value_as_int (self->width_spin);
  *height = gtk_spin_button_get_value_as_int (self->height_spin);
}

void
grove_export_dialog_set_size (GroveExportDialog *self,
                              int                width,
                              int                height)
{
  g_return_if_fail (GROVE_IS_EXPORT_DIALOG (self));

  gtk_spin_button_set_value (self->width_spin, width);
  gtk_spin_button_set_value (self->height_spin, height);
}

/**
 * grove_export_dialog_save_to:
 * @file: the file chosen
 *
 * Hands the choice on through #GroveExportDialog::chosen and closes.
 */
void
grove_export_dialog_save_to (GroveExportDialog *self,
                             GFile             *file)
{
  int width, height;

  g_return_if_fail (GROVE_IS_EXPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  grove_export_dialog_get_size (self, &width, &height);
  g_signal_emit (self, signals[CHOSEN], 0, file, (int) grove_export_dialog_get_format (self), width, height);
  gtk_window_close (GTK_WINDOW (self));
}
