package com.pricedesk.ui.skus;

import com.pricedesk.app.catalog.SkuOverview;
import com.pricedesk.app.i18n.Messages;
import com.pricedesk.ui.fx.TaskExecutor;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** State of the SKU grid: the loaded SKUs, the text filter and the count line. No controls here. */
public final class SkuGridViewModel {
    private final Supplier<List<SkuOverview>> source;
    private final TaskExecutor tasks;
    private final Messages messages;

    private final ObservableList<SkuOverview> all = FXCollections.observableArrayList();
    private final FilteredList<SkuOverview> visible = new FilteredList<>(all, s -> true);
    private final StringProperty filterText = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final StringBinding countText;
    /** The SKUs a dashboard click limited the grid to (empty = all), and why. */
    private java.util.Set<String> subset = java.util.Set.of();
    private final ReadOnlyStringWrapper subsetLabel = new ReadOnlyStringWrapper("");

    public SkuGridViewModel(Supplier<List<SkuOverview>> source, TaskExecutor tasks, Messages messages) {
        this.source = source;
        this.tasks = tasks;
        this.messages = messages;
        filterText.addListener((obs, old, text) -> refilter());
        countText = Bindings.createStringBinding(() -> visible.size() == all.size()
                        ? messages.get("grid.count.all", all.size())
                        : messages.get("grid.count.filtered", visible.size(), all.size()),
                visible, all);
    }

    /** Loads the SKUs in the background; the grid keeps its old rows until the new ones arrive. */
    public void load() {
        loading.set(true);
        error.set("");
        tasks.execute(source::get, rows -> {
            all.setAll(rows);
            loading.set(false);
        }, failure -> {
            loading.set(false);
            error.set(messages.get("grid.loadFailed", String.valueOf(failure.getMessage())));
        });
    }

    /** Limits the grid to {@code skus} (a dashboard bucket), saying why in {@code label}. */
    public void showOnly(String label, java.util.Collection<String> skus) {
        subset = java.util.Set.copyOf(skus);
        subsetLabel.set(label);
        refilter();
    }

    /** Back to all SKUs (the text filter stays). */
    public void clearSubset() {
        subset = java.util.Set.of();
        subsetLabel.set("");
        refilter();
    }

    private void refilter() {
        Predicate<SkuOverview> text = matching(filterText.get());
        if (subsetLabel.get().isEmpty()) {
            visible.setPredicate(text);
        } else {
            java.util.Set<String> only = subset;
            visible.setPredicate(s -> only.contains(s.sellerSku()) && text.test(s));
        }
    }

    public ReadOnlyStringProperty subsetLabelProperty() {
        return subsetLabel.getReadOnlyProperty();
    }

    /** Matches SKU, ASIN, title, 品名, category and tags, ignoring case; words must all match. */
    static Predicate<SkuOverview> matching(String text) {
        if (text == null || text.isBlank()) {
            return s -> true;
        }
        String[] words = text.trim().toLowerCase(Locale.ROOT).split("\\s+");
        return s -> {
            String haystack = (s.sellerSku() + ' ' + s.asin() + ' ' + s.title() + ' ' + s.localTitle() + ' '
                    + s.category() + ' ' + String.join(" ", s.tags())).toLowerCase(Locale.ROOT);
            for (String w : words) {
                if (!haystack.contains(w)) {
                    return false;
                }
            }
            return true;
        };
    }

    public ObservableList<SkuOverview> visibleSkus() {
        return visible;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public StringBinding countTextProperty() {
        return countText;
    }

    public Messages messages() {
        return messages;
    }
}
