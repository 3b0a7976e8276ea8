package org.ccioacademy.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.privacy.ContactMessages;
import org.ccioacademy.platform.privacy.ContactTopic;
import org.ccioacademy.platform.security.ClientAddresses;
import org.ccioacademy.platform.web.FacesForms;

/**
 * The contact page: a message to the organisation running the service, from anyone; a signed-in
 * person's name and address are filled in for them.
 */
@Named
@RequestScoped
public class ContactView {

  @Inject ContactMessages messages;
  @Inject CurrentUser currentUser;
  @Inject ClientAddresses clients;

  private String name;
  private String email;
  private ContactTopic topic;
  private String text;
  private boolean sent;

  @PostConstruct
  void init() {
    if (currentUser.isSignedIn()) {
      name = currentUser.getAccount().getFullName();
      email = currentUser.getAccount().getEmail();
    }
  }

  public String send() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    try {
      messages.send(
          new ContactMessages.Message(
              name,
              email,
              topic,
              text,
              currentUser.isSignedIn() ? currentUser.getAccount().getEmail() : null),
          clients.of(request));
    } catch (InvalidInputException e) {
      FacesForms.showErrors("contact", e.errors());
      return null;
    }
    return "/contact?faces-redirect=true&sent=true";
  }

  public List<ContactTopic> getTopics() {
    return List.of(ContactTopic.values());
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public ContactTopic getTopic() {
    return topic;
  }

  public void setTopic(ContactTopic topic) {
    this.topic = topic;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public boolean isSent() {
    return sent;
  }

  public void setSent(boolean sent) {
    this.sent = sent;
  }
}
