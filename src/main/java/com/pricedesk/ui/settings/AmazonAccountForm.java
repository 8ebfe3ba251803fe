package com.pricedesk.ui.settings;

import com.pricedesk.app.i18n.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * File → Amazon account…: the form of {@link AmazonAccountViewModel}. Secrets are password fields;
 * the passphrase row shows only when a passphrase can be set or is needed.
 */
public final class AmazonAccountForm extends VBox {
    private final GridPane grid = new GridPane();
    private int row;

    public AmazonAccountForm(AmazonAccountViewModel vm, Messages msg, Runnable onClose) {
        setId("amazonAccountForm");
        setSpacing(10);
        setPadding(new Insets(16));
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints(320, 420, Double.MAX_VALUE);
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);

        section(msg.get("amazonAccount.section.spApi"));
        field(msg, "amazonAccount.spApiEndpoint", "spApiEndpoint", new TextField(), vm.spApiEndpoint);
        field(msg, "amazonAccount.lwaEndpoint", "lwaEndpoint", new TextField(), vm.lwaEndpoint);
        field(msg, "amazonAccount.clientId", "clientId", new TextField(), vm.clientId);
        field(msg, "amazonAccount.sellerId", "sellerId", new TextField(), vm.sellerId);
        PasswordField secret = field(msg, "amazonAccount.clientSecret", "clientSecret", new PasswordField(),
                vm.clientSecret);
        PasswordField refresh = field(msg, "amazonAccount.refreshToken", "refreshToken", new PasswordField(),
                vm.refreshToken);
        // Stored secrets are never shown: an empty field keeps them.
        for (PasswordField p : new PasswordField[] {secret, refresh}) {
            p.promptTextProperty().bind(Bindings.when(vm.secretsStoredProperty())
                    .then(msg.get("amazonAccount.keepStored")).otherwise(""));
        }

        section(msg.get("amazonAccount.section.ads"));
        field(msg, "amazonAccount.adsEndpoint", "adsEndpoint", new TextField(), vm.adsEndpoint);
        field(msg, "amazonAccount.adsProfileId", "adsProfileId", new TextField(), vm.adsProfileId);
        field(msg, "amazonAccount.adsClientId", "adsClientId", new TextField(), vm.adsClientId);
        field(msg, "amazonAccount.adsClientSecret", "adsClientSecret", new PasswordField(), vm.adsClientSecret);
        field(msg, "amazonAccount.adsRefreshToken", "adsRefreshToken", new PasswordField(), vm.adsRefreshToken);
        Label adsHint = hint(msg.get("amazonAccount.adsHint"));
        grid.add(adsHint, 1, row++);

        grid.add(new Separator(), 0, row++, 2, 1);
        PasswordField passphrase = field(msg, "amazonAccount.passphrase", "passphrase", new PasswordField(),
                vm.passphrase);
        Label passphraseHint = hint("");
        passphraseHint.setId("passphraseHint");
        grid.add(passphraseHint, 1, row++);
        passphraseHint.textProperty().bind(Bindings.createStringBinding(() -> switch (vm.sealingProperty().get()) {
            case KEY_FILE -> msg.get("amazonAccount.passphrase.new");
            case PASSPHRASE_NEEDED -> msg.get("amazonAccount.passphrase.needed");
            case PASSPHRASE -> msg.get("amazonAccount.passphrase.set");
        }, vm.sealingProperty()));
        // A passphrase that is already known (environment or entered) is not asked for again.
        passphrase.disableProperty().bind(vm.sealingProperty().isEqualTo(AmazonAccountBackend.Sealing.PASSPHRASE));

        Label status = new Label();
        status.setId("connectionStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        vm.outcomeProperty().addListener((o, was, now) -> {
            status.getStyleClass().removeAll("status-ok", "status-failed");
            if (now == AmazonAccountViewModel.Outcome.OK) {
                status.getStyleClass().add("status-ok");
            } else if (now == AmazonAccountViewModel.Outcome.FAILED) {
                status.getStyleClass().add("status-failed");
            }
        });
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(vm.busyProperty());

        Button test = new Button(msg.get("amazonAccount.test"));
        test.setId("testConnection");
        test.setOnAction(e -> vm.test());
        Button save = new Button(msg.get("amazonAccount.save"));
        save.setId("saveConnection");
        save.setDefaultButton(true);
        save.setOnAction(e -> vm.connect());
        Button close = new Button(msg.get("amazonAccount.close"));
        close.setId("closeConnection");
        close.setCancelButton(true);
        close.setOnAction(e -> onClose.run());
        test.disableProperty().bind(vm.busyProperty());
        save.disableProperty().bind(vm.busyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, spinner, status, spacer, test, save, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(status, Priority.SOMETIMES);
        status.setMaxWidth(420);

        getChildren().addAll(grid, buttons);
    }

    /** Opens the form in its own modal window and loads the stored account in the background. */
    public static Stage open(Window owner, AmazonAccountViewModel vm, Messages msg) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(msg.get("amazonAccount.title"));
        AmazonAccountForm form = new AmazonAccountForm(vm, msg, stage::close);
        Scene scene = new Scene(form);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.show();
        vm.load();
        return stage;
    }

    private void section(String title) {
        Label l = new Label(title);
        l.getStyleClass().add("title-4");
        grid.add(l, 0, row++, 2, 1);
    }

    private <T extends TextInputControl> T field(Messages msg, String labelKey, String id, T input,
                                                 StringProperty value) {
        Label label = new Label(msg.get(labelKey));
        label.setLabelFor(input);
        input.setId(id);
        input.textProperty().bindBidirectional(value);
        grid.add(label, 0, row);
        grid.add(input, 1, row++);
        return input;
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(420);
        l.getStyleClass().add("text-muted");
        return l;
    }
}
