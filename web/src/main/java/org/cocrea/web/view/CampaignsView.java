package org.cocrea.web.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cocrea.cocreation.boundary.CampaignView;
import org.cocrea.cocreation.boundary.Campaigns;

/** The campaigns the signed-in person can take part in (managers and executives see all). */
@Named
@ViewScoped
public class CampaignsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Campaigns campaigns;

    private List<CampaignView> list = List.of();

    public void load() {
        try {
            list = campaigns.visible();
        } catch (RuntimeException e) {
            CoPages.refused(e, null);
        }
    }

    public List<CampaignView> getList() {
        return list;
    }

    public long count(CampaignView c, String status) {
        return c.ideasByStatus().getOrDefault(status, 0L);
    }
}
