package com.pricedesk.ui.shell;

import com.pricedesk.app.i18n.Messages;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The main shell: menu, the current screen, and a status bar saying which workspace is open. */
public final class MainWindow extends BorderPane {
    private final Label activity = new Label();

    /** What the shell shows in its status bar. */
    public record Status(Path dataDir, boolean demo, String version) {
    }

    public MainWindow(Messages msg, Node screen, Status status, Consumer<Locale> onLanguage, Runnable onQuit) {
        getStyleClass().add("main-window");
        setTop(menuBar(msg, onLanguage, onQuit, status));
        setCenter(screen);
        setBottom(statusBar(msg, status));
        activity.setId("activity");
        activity.getStyleClass().add("status-text");
        activity.setVisible(false);
        ((HBox) getBottom()).getChildren().add(1, activity);
    }

    /** Shows what is running in the background in the status bar (e.g. the demo's market); null hides it. */
    public void showActivity(String text) {
        activity.setText(text == null ? "" : text);
        activity.setVisible(text != null);
    }

    private static MenuBar menuBar(Messages msg, Consumer<Locale> onLanguage, Runnable onQuit, Status status) {
        MenuItem quit = new MenuItem(msg.get("menu.file.quit"));
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> onQuit.run());
        Menu file = new Menu(msg.get("menu.file"), null, quit);

        ToggleGroup languages = new ToggleGroup();
        RadioMenuItem english = new RadioMenuItem("English");
        RadioMenuItem chinese = new RadioMenuItem("简体中文");
        english.setId("langEnglish");
        chinese.setId("langChinese");
        english.setToggleGroup(languages);
        chinese.setToggleGroup(languages);
        (msg.locale().equals(Messages.CHINESE) ? chinese : english).setSelected(true);
        english.setOnAction(e -> onLanguage.accept(Messages.ENGLISH));
        chinese.setOnAction(e -> onLanguage.accept(Messages.CHINESE));
        Menu language = new Menu(msg.get("menu.view.language"), null, english, chinese);
        Menu view = new Menu(msg.get("menu.view"), null, language);

        MenuItem about = new MenuItem(msg.get("menu.help.about"));
        about.setOnAction(e -> {
            Alert a = new Alert(Alert.AlertType.INFORMATION);
            a.setTitle(msg.get("menu.help.about"));
            a.setHeaderText("PriceDesk " + status.version());
            a.setContentText(msg.get("about.text", status.dataDir()));
            a.showAndWait();
        });
        Menu help = new Menu(msg.get("menu.help"), null, about);
        MenuBar bar = new MenuBar(file, view, help);
        bar.setId("mainMenu");
        return bar;
    }

    /** Adds commands to the File menu, above Quit and separated from it. */
    public void addFileItems(MenuItem... items) {
        Menu file = ((MenuBar) getTop()).getMenus().get(0);
        int quit = file.getItems().size() - 1;
        file.getItems().add(quit, new javafx.scene.control.SeparatorMenuItem());
        file.getItems().addAll(quit, java.util.List.of(items));
    }

    /** Puts {@code menu} into the menu bar at {@code index} (0 = before File), e.g. the Edit menu. */
    public void addMenu(int index, Menu menu) {
        if (getTop() instanceof MenuBar bar) {
            bar.getMenus().add(Math.min(index, bar.getMenus().size()), menu);
        }
    }

    /** Adds {@code item} to the status bar after the workspace's name (the scheduler's line, ...). */
    public void addStatusItem(Node item) {
        if (getBottom() instanceof HBox bar) {
            bar.getChildren().add(1, item);
        }
    }

    private static Node statusBar(Messages msg, Status status) {
        Label workspace = new Label(msg.get("status.workspace", status.dataDir()));
        workspace.getStyleClass().add("status-text");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, workspace, spacer);
        if (status.demo()) {
            Label demo = new Label(msg.get("status.demo"));
            demo.setId("demoBadge");
            demo.getStyleClass().add("demo-badge");
            bar.getChildren().add(demo);
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 10, 4, 10));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

}
