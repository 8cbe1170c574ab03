package org.cocrea.web.view;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cocrea.climate.boundary.InstrumentDetail;
import org.cocrea.climate.boundary.Instruments;
import org.cocrea.climate.control.InstrumentDefinition;
import org.cocrea.climate.entity.Construct;
import org.cocrea.climate.entity.Respondent;
import org.cocrea.climate.entity.Text;
import org.cocrea.platform.BusinessRuleException;

/**
 * HR: the instrument builder. Starts from an existing instrument (edit, or copy under a new key)
 * or from an empty one; factors and items are edited in both languages; saving an instrument that a
 * round already uses (or a built-in one) creates its next version, so earlier answers keep their
 * meaning.
 */
@Named
@ViewScoped
public class InstrumentBuilderView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An editable item. */
    public static final class ItemRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String key;
        private String en;
        private String zh;
        private boolean reverse;

        ItemRow(String key, String en, String zh, boolean reverse) {
            this.key = key;
            this.en = en;
            this.zh = zh;
            this.reverse = reverse;
        }

        public String getKey() {
            return key;
        }

        public void setKey(String key) {
            this.key = key;
        }

        public String getEn() {
            return en;
        }

        public void setEn(String en) {
            this.en = en;
        }

        public String getZh() {
            return zh;
        }

        public void setZh(String zh) {
            this.zh = zh;
        }

        public boolean isReverse() {
            return reverse;
        }

        public void setReverse(boolean reverse) {
            this.reverse = reverse;
        }
    }

    /** An editable anchor label. */
    public static final class AnchorRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String en;
        private String zh;

        AnchorRow(Text t) {
            this.en = t.en();
            this.zh = t.zh();
        }

        public String getEn() {
            return en;
        }

        public void setEn(String en) {
            this.en = en;
        }

        public String getZh() {
            return zh;
        }

        public void setZh(String zh) {
            this.zh = zh;
        }
    }

    /** An editable factor with its items. */
    public static final class FactorRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String key;
        private String group;
        private String en;
        private String zh;
        private final List<ItemRow> items = new ArrayList<>();

        FactorRow(String key, String group, String en, String zh) {
            this.key = key;
            this.group = group;
            this.en = en;
            this.zh = zh;
        }

        public String getKey() {
            return key;
        }

        public void setKey(String key) {
            this.key = key;
        }

        public String getGroup() {
            return group;
        }

        public void setGroup(String group) {
            this.group = group;
        }

        public String getEn() {
            return en;
        }

        public void setEn(String en) {
            this.en = en;
        }

        public String getZh() {
            return zh;
        }

        public void setZh(String zh) {
            this.zh = zh;
        }

        public List<ItemRow> getItems() {
            return items;
        }
    }

    @Inject
    Instruments instruments;

    private Long editingId;
    private int lockVersion;
    private boolean willCreateVersion;
    private String key;
    private Construct construct = Construct.INNOVATION_CLIMATE;
    private Respondent respondent = Respondent.EMPLOYEE;
    private int scalePoints = 5;
    private String nameEn;
    private String nameZh;
    private String descriptionEn;
    private String descriptionZh;
    private String instructionsEn;
    private String instructionsZh;
    private List<AnchorRow> anchors = new ArrayList<>();
    private List<FactorRow> factors = new ArrayList<>();
    private Text basis;

    /** Opens the builder on an instrument; {@code copy} makes a new instrument from it. */
    public void open(long id, boolean copy) {
        InstrumentDetail d = instruments.get(id);
        InstrumentDefinition def = d.definition();
        editingId = copy ? null : d.id();
        lockVersion = d.lockVersion();
        willCreateVersion = !copy && (d.frozen() || d.builtIn());
        key = copy ? def.key() + "-copy" : def.key();
        construct = def.construct();
        respondent = def.respondent();
        scalePoints = def.scalePoints();
        nameEn = def.name().en() + (copy ? " (copy)" : "");
        nameZh = def.name().zh() + (copy ? "（副本）" : "");
        descriptionEn = def.description() == null ? null : def.description().en();
        descriptionZh = def.description() == null ? null : def.description().zh();
        instructionsEn = def.instructions() == null ? null : def.instructions().en();
        instructionsZh = def.instructions() == null ? null : def.instructions().zh();
        basis = def.basis();
        anchors = new ArrayList<>(
                def.anchors().stream().map(a -> new AnchorRow(a.label())).toList());
        factors = new ArrayList<>();
        for (InstrumentDefinition.FactorDef f : def.factors()) {
            FactorRow row =
                    new FactorRow(f.key(), f.group(), f.name().en(), f.name().zh());
            f.items()
                    .forEach(i -> row.items.add(
                            new ItemRow(i.key(), i.text().en(), i.text().zh(), i.reverse())));
            factors.add(row);
        }
    }

    /** An empty instrument with one factor of three items on a labelled 5-point agreement scale. */
    public void openNew() {
        editingId = null;
        willCreateVersion = false;
        key = "my-instrument";
        construct = Construct.INNOVATION_CLIMATE;
        respondent = Respondent.EMPLOYEE;
        scalePoints = 5;
        nameEn = "";
        nameZh = "";
        descriptionEn = descriptionZh = instructionsEn = instructionsZh = null;
        basis = null;
        anchors = new ArrayList<>(Stream.of(
                        new Text("Strongly disagree", "非常不同意"),
                        new Text("Disagree", "不同意"),
                        new Text("Neither agree nor disagree", "既不同意也不反对"),
                        new Text("Agree", "同意"),
                        new Text("Strongly agree", "非常同意"))
                .map(AnchorRow::new)
                .toList());
        factors = new ArrayList<>();
        addFactor();
    }

    public void addFactor() {
        int n = factors.size() + 1;
        FactorRow f = new FactorRow("factor-" + n, null, "", "");
        for (int i = 1; i <= 3; i++) {
            f.items.add(new ItemRow(f.key + "-" + i, "", "", false));
        }
        factors.add(f);
    }

    public void removeFactor(FactorRow f) {
        factors.remove(f);
    }

    public void addItem(FactorRow f) {
        f.items.add(new ItemRow(f.key + "-" + (f.items.size() + 1), "", "", false));
    }

    public void removeItem(FactorRow f, ItemRow i) {
        f.items.remove(i);
    }

    /** Keeps one anchor label per point when the number of points changes. */
    public void pointsChanged() {
        while (anchors.size() < scalePoints) {
            anchors.add(new AnchorRow(new Text("Point " + (anchors.size() + 1), "第" + (anchors.size() + 1) + "点")));
        }
        while (anchors.size() > scalePoints) {
            anchors.remove(anchors.size() - 1);
        }
    }

    public void save() {
        List<InstrumentDefinition.AnchorDef> anchorDefs = new ArrayList<>();
        for (int i = 0; i < anchors.size(); i++) {
            anchorDefs.add(new InstrumentDefinition.AnchorDef(i + 1, text(anchors.get(i).en, anchors.get(i).zh)));
        }
        List<InstrumentDefinition.FactorDef> factorDefs = new ArrayList<>();
        for (FactorRow f : factors) {
            factorDefs.add(new InstrumentDefinition.FactorDef(
                    trim(f.key),
                    blankToNull(f.group),
                    text(f.en, f.zh),
                    null,
                    f.items.stream()
                            .map(i -> new InstrumentDefinition.ItemDef(trim(i.key), text(i.en, i.zh), i.reverse))
                            .toList()));
        }
        InstrumentDefinition def = new InstrumentDefinition(
                trim(key),
                construct,
                respondent,
                scalePoints,
                text(nameEn, nameZh),
                Text.ofNullable(blankToNull(descriptionEn), blankToNull(descriptionZh)),
                Text.ofNullable(blankToNull(instructionsEn), blankToNull(instructionsZh)),
                basis,
                anchorDefs,
                factorDefs);
        try {
            InstrumentDetail saved =
                    editingId == null ? instruments.create(def) : instruments.revise(editingId, def, lockVersion);
            FacesContext.getCurrentInstance()
                    .addMessage(
                            null,
                            new FacesMessage(
                                    FacesMessage.SEVERITY_INFO,
                                    "Saved " + saved.definition().key() + " v" + saved.version() + ".",
                                    null));
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            try {
                faces.getExternalContext()
                        .redirect(faces.getExternalContext().getRequestContextPath() + "/hr/instruments.xhtml");
            } catch (java.io.IOException io) {
                throw new java.io.UncheckedIOException(io);
            }
        } catch (BusinessRuleException | EJBException | OptimisticLockException e) {
            Throwable t = e;
            while (t instanceof EJBException && t.getCause() != null) {
                t = t.getCause();
            }
            String message = t instanceof BusinessRuleException || t instanceof OptimisticLockException
                    ? t.getMessage()
                    : "The instrument could not be saved; please try again.";
            FacesContext.getCurrentInstance()
                    .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    private static Text text(String en, String zh) {
        return new Text(en == null ? "" : en.strip(), zh == null ? "" : zh.strip());
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Construct[] getConstructs() {
        return Construct.values();
    }

    public Respondent[] getRespondents() {
        return Respondent.values();
    }

    public boolean isNew() {
        return editingId == null;
    }

    public boolean isWillCreateVersion() {
        return willCreateVersion;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public Construct getConstruct() {
        return construct;
    }

    public void setConstruct(Construct construct) {
        this.construct = construct;
    }

    public Respondent getRespondent() {
        return respondent;
    }

    public void setRespondent(Respondent respondent) {
        this.respondent = respondent;
    }

    public int getScalePoints() {
        return scalePoints;
    }

    public void setScalePoints(int scalePoints) {
        this.scalePoints = scalePoints;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getInstructionsEn() {
        return instructionsEn;
    }

    public void setInstructionsEn(String instructionsEn) {
        this.instructionsEn = instructionsEn;
    }

    public String getInstructionsZh() {
        return instructionsZh;
    }

    public void setInstructionsZh(String instructionsZh) {
        this.instructionsZh = instructionsZh;
    }

    public List<AnchorRow> getAnchors() {
        return anchors;
    }

    public List<FactorRow> getFactors() {
        return factors;
    }
}
