package org.cocrea.web.view;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.cocrea.organisation.boundary.EmployeeView;
import org.cocrea.organisation.boundary.Organisation;
import org.cocrea.organisation.boundary.UnitInput;
import org.cocrea.organisation.boundary.UnitView;
import org.cocrea.organisation.control.ImportReport;
import org.cocrea.organisation.entity.UnitKind;
import org.cocrea.platform.BusinessRuleException;
import org.primefaces.PrimeFaces;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import org.primefaces.model.file.UploadedFile;

/** HR: the unit tree, the people in a unit, editing units and importing units and employees. */
@Named
@ViewScoped
public class OrganisationView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Which file an import reads. */
    public enum ImportKind {
        UNITS,
        EMPLOYEES
    }

    @Inject
    Organisation organisation;

    private List<UnitView> units;
    private TreeNode<UnitView> root;
    private UnitView selected;
    private List<EmployeeView> employees = List.of();

    // the unit form
    private Long editingId;
    private int editingVersion;
    private String code;
    private String name;
    private UnitKind kind;
    private Long parentId;

    // the import
    private transient UploadedFile file;
    private ImportKind importKind = ImportKind.UNITS;
    private String importFileName;
    private String importContent;
    private ImportReport importReport;

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        units = organisation.units();
        Map<Long, TreeNode<UnitView>> nodes = new HashMap<>();
        root = new DefaultTreeNode<>(null, null);
        for (UnitView u : units) {
            TreeNode<UnitView> parent = u.parentId() == null ? root : nodes.get(u.parentId());
            TreeNode<UnitView> node = new DefaultTreeNode<>(u, parent);
            node.setExpanded(u.depth() < 2);
            nodes.put(u.id(), node);
        }
        if (selected != null) {
            selected = units.stream()
                    .filter(u -> u.id() == selected.id())
                    .findFirst()
                    .orElse(null);
            employees = selected == null ? List.of() : organisation.employeesIn(selected.id());
        }
    }

    public void select(UnitView unit) {
        selected = unit;
        employees = organisation.employeesIn(unit.id());
    }

    public void startNew(UnitView parent) {
        editingId = null;
        editingVersion = 0;
        code = null;
        name = null;
        parentId = parent == null ? null : parent.id();
        kind = parent == null ? UnitKind.COMPANY : childKind(parent.kind());
    }

    public void startEdit(UnitView unit) {
        editingId = unit.id();
        editingVersion = unit.version();
        code = unit.code();
        name = unit.name();
        kind = unit.kind();
        parentId = unit.parentId();
    }

    public void save() {
        UnitInput input = new UnitInput(code, name, kind, parentId);
        try {
            if (editingId == null) {
                organisation.createUnit(input);
            } else {
                organisation.updateUnit(editingId, input, editingVersion);
            }
            reload();
            info(msg("org.saved"));
            PrimeFaces.current().executeScript("PF('unitDialog').hide()");
        } catch (EJBException | BusinessRuleException | OptimisticLockException | ConstraintViolationException e) {
            report(e, "unitForm");
        }
    }

    public void delete(UnitView unit) {
        try {
            organisation.deleteUnit(unit.id());
            if (selected != null && selected.id() == unit.id()) {
                selected = null;
                employees = List.of();
            }
            reload();
            info(msg("org.deleted"));
        } catch (EJBException | BusinessRuleException e) {
            report(e, null);
        }
    }

    /** Reads the chosen file and shows what importing it would do, without saving anything. */
    public void checkFile() {
        if (file == null || file.getSize() == 0) {
            error(null, msg("org.import.noFile"));
            return;
        }
        try {
            importFileName = file.getFileName();
            importContent = new String(file.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            importReport = check(false);
        } catch (IOException e) {
            error(null, msg("org.import.unreadable"));
        } finally {
            file = null;
        }
    }

    public void commitImport() {
        if (importContent == null) {
            return;
        }
        importReport = check(true);
        if (importReport.committed()) {
            info(msg("org.import.done"));
            importContent = null;
            reload();
        }
    }

    private ImportReport check(boolean commit) {
        return importKind == ImportKind.UNITS
                ? organisation.importUnits(importContent, commit)
                : organisation.importEmployees(importContent, commit);
    }

    private void report(Exception e, String form) {
        Throwable t = e;
        while (t instanceof EJBException && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof BusinessRuleException bre) {
            error(form == null ? null : form + ":" + bre.getField(), bre.getMessage());
        } else if (t instanceof ConstraintViolationException cve) {
            cve.getConstraintViolations().forEach(v -> error(null, v.getMessage()));
        } else if (t instanceof OptimisticLockException) {
            error(null, msg("org.stale"));
            reload();
        } else {
            throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static UnitKind childKind(UnitKind parent) {
        UnitKind[] kinds = UnitKind.values();
        return kinds[Math.min(parent.ordinal() + 1, kinds.length - 1)];
    }

    private static String msg(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        return bundle.getString(key);
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    private static void error(String clientId, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        if (clientId != null) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        }
    }

    public List<UnitView> getUnits() {
        return units;
    }

    public TreeNode<UnitView> getRoot() {
        return root;
    }

    public UnitView getSelected() {
        return selected;
    }

    public List<EmployeeView> getEmployees() {
        return employees;
    }

    public UnitKind[] getKinds() {
        return UnitKind.values();
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public UnitKind getKind() {
        return kind;
    }

    public void setKind(UnitKind kind) {
        this.kind = kind;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public ImportKind getImportKind() {
        return importKind;
    }

    public void setImportKind(ImportKind importKind) {
        this.importKind = importKind;
        this.importReport = null;
        this.importContent = null;
    }

    public ImportKind[] getImportKinds() {
        return ImportKind.values();
    }

    public String getImportFileName() {
        return importFileName;
    }

    public ImportReport getImportReport() {
        return importReport;
    }

    public boolean isImportReady() {
        return importContent != null && importReport != null && !importReport.hasErrors();
    }
}
