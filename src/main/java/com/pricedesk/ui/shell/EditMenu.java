package com.pricedesk.ui.shell;

import com.pricedesk.app.i18n.Messages;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The Edit menu: Undo (Ctrl+Z) and Redo (Ctrl+Shift+Z, also Ctrl+Y) of what the seller changed in the
 * workstation, each item naming what it would undo or redo ("Undo Purchase cost of KT-SPAT-3P-BLK").
 * The accelerators are the scene's, so they work wherever the focus is, except in a text field, which
 * keeps Ctrl+Z for its own text.
 */
public final class EditMenu {
    public static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    public static final KeyCombination REDO_ALT = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    /** What can be undone and redone (the SKU grid's cost edits). */
    public interface Undoable {
        void undo();

        void redo();

        ReadOnlyBooleanProperty canUndoProperty();

        ReadOnlyBooleanProperty canRedoProperty();

        ReadOnlyStringProperty undoTextProperty();

        ReadOnlyStringProperty redoTextProperty();

        /** True while a change is being stored: undo and redo wait for it. */
        ReadOnlyBooleanProperty workingProperty();
    }

    private EditMenu() {
    }

    /** The menu for {@code target}: Undo and Redo items naming what they would do, disabled when there is nothing. */
    public static Menu create(Messages msg, Undoable target) {
        MenuItem undo = new MenuItem(msg.get("menu.edit.undo"));
        undo.setId("menuUndo");
        undo.textProperty().bind(target.undoTextProperty());
        undo.setAccelerator(UNDO);
        undo.disableProperty().bind(target.canUndoProperty().not().or(target.workingProperty()));
        undo.setOnAction(e -> target.undo());

        MenuItem redo = new MenuItem(msg.get("menu.edit.redo"));
        redo.setId("menuRedo");
        redo.textProperty().bind(target.redoTextProperty());
        redo.setAccelerator(REDO);
        redo.disableProperty().bind(target.canRedoProperty().not().or(target.workingProperty()));
        redo.setOnAction(e -> target.redo());

        Menu edit = new Menu(msg.get("menu.edit"), null, undo, redo);
        edit.setId("menuEdit");
        return edit;
    }

    /**
     * Ctrl+Y as a second key for redo (a menu item has one accelerator), on the scene {@code owner} is
     * shown in, from when it is shown there.
     */
    public static void addRedoAlternative(javafx.scene.Node owner, Undoable target) {
        if (owner.getScene() != null) {
            addRedoAlternative(owner.getScene(), target);
        }
        owner.sceneProperty().addListener((o, was, is) -> {
            if (is != null) {
                addRedoAlternative(is, target);
            }
        });
    }

    private static void addRedoAlternative(Scene scene, Undoable target) {
        scene.getAccelerators().put(REDO_ALT, () -> {
            if (target.canRedoProperty().get() && !target.workingProperty().get()) {
                target.redo();
            }
        });
    }
}
