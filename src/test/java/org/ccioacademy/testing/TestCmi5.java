package org.ccioacademy.testing;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * cmi5 courses the tests build: a course structure with one block of AUs, and an AU page that does
 * what a real AU does with the launch (cmi5 sections 8 to 10) in plain script.
 */
public final class TestCmi5 {

  private TestCmi5() {}

  /** The id of the course structure {@link #course} writes. */
  public static final String COURSE_ID = "https://ccio.academy/test/cmi5/course";

  /**
   * A cmi5 course: {@code cmi5.xml} with a block holding one AU per page (ids {@code
   * <COURSE_ID>/au/1}, {@code /2}...; moveOn and masteryScore as given), the pages at {@code
   * au1.html}, {@code au2.html}...
   */
  public static Map<String, byte[]> course(
      String title, String moveOn, String masteryScore, Map<String, String> pages) {
    StringBuilder aus = new StringBuilder();
    Map<String, byte[]> files = new LinkedHashMap<>();
    int n = 0;
    for (Map.Entry<String, String> p : pages.entrySet()) {
      n++;
      aus.append(
          """
              <au id="%s/au/%d" moveOn="%s"%s launchMethod="AnyWindow">
                <title><langstring lang="en-GB">%s</langstring></title>
                <description><langstring lang="en-GB">Part %d.</langstring></description>
                <url>au%d.html</url>
                <launchParameters>{"part":%d}</launchParameters>
              </au>
          """
              .formatted(
                  COURSE_ID,
                  n,
                  moveOn,
                  masteryScore == null ? "" : " masteryScore=\"" + masteryScore + "\"",
                  p.getKey(),
                  n,
                  n,
                  n));
      files.put("au" + n + ".html", p.getValue().getBytes(StandardCharsets.UTF_8));
    }
    files.put(
        "cmi5.xml",
        """
        <?xml version="1.0" encoding="utf-8"?>
        <courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
          <course id="%s">
            <title><langstring lang="en-GB">%s</langstring></title>
            <description><langstring lang="en-GB">A cmi5 course the tests built.</langstring></description>
          </course>
          <block id="%s/block/1">
            <title><langstring lang="en-GB">The only block</langstring></title>
            <description><langstring lang="en-GB">Every AU.</langstring></description>
        %s  </block>
        </courseStructure>
        """
            .formatted(COURSE_ID, title, COURSE_ID, aus)
            .getBytes(StandardCharsets.UTF_8));
    return files;
  }

  /**
   * An AU page: on load it reads the launch parameters, fetches its credentials, reads
   * LMS.LaunchData and says "initialized" (the page then shows {@code initialized mode=...
   * moveOn=... mastery=... parameters=...}); "Finish" says completed, passed with the scaled score
   * {@code scaled}, and terminated (the page then shows {@code terminated}); an error is shown as
   * {@code error <what>}.
   */
  public static String auPage(String heading, String scaled) {
    return """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title></head>
        <body><main><h1>%s</h1><p id="state">starting</p>
        <button id="finish" type="button">Finish</button></main>
        <script>
        (async function () {
          var q = new URLSearchParams(window.location.search);
          var endpoint = q.get('endpoint');
          var actor = JSON.parse(q.get('actor'));
          var registration = q.get('registration');
          var activityId = q.get('activityId');
          var state = document.getElementById('state');
          var cmi5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
          var moveon = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
          try {
            var fetched = await (await fetch(q.get('fetch'), {method: 'POST'})).json();
            if (!fetched['auth-token']) { throw new Error('fetch ' + JSON.stringify(fetched)); }
            var headers = {'Authorization': 'Basic ' + fetched['auth-token'],
              'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json'};
            var got = await fetch(endpoint + 'activities/state?stateId=LMS.LaunchData&activityId='
              + encodeURIComponent(activityId) + '&agent=' + encodeURIComponent(JSON.stringify(actor))
              + '&registration=' + registration, {headers: headers});
            if (!got.ok) { throw new Error('LMS.LaunchData ' + got.status); }
            var launchData = await got.json();
            var send = async function (verb, result, judged) {
              var context = JSON.parse(JSON.stringify(launchData.contextTemplate));
              context.registration = registration;
              context.contextActivities.category = judged ? [{id: cmi5}, {id: moveon}] : [{id: cmi5}];
              var s = {actor: actor, verb: {id: 'http://adlnet.gov/expapi/verbs/' + verb,
                display: {'en-US': verb}}, object: {objectType: 'Activity', id: activityId},
                context: context, timestamp: new Date().toISOString()};
              if (result) { s.result = result; }
              var r = await fetch(endpoint + 'statements', {method: 'POST', headers: headers,
                body: JSON.stringify(s)});
              if (!r.ok) { throw new Error(verb + ' ' + r.status + ' ' + await r.text()); }
            };
            await send('initialized');
            state.textContent = 'initialized mode=' + launchData.launchMode + ' moveOn='
              + launchData.moveOn + ' mastery=' + launchData.masteryScore + ' parameters='
              + launchData.launchParameters;
            document.getElementById('finish').onclick = async function () {
              try {
                await send('completed', {completion: true, duration: 'PT1M'}, true);
                await send('passed', {success: true, score: {scaled: %s}, duration: 'PT1M'}, true);
                await send('terminated', {duration: 'PT1M2S'});
                state.textContent = 'terminated';
              } catch (e) {
                state.textContent = 'error ' + e.message;
              }
            };
          } catch (e) {
            state.textContent = 'error ' + e.message;
          }
        })();
        </script></body></html>
        """
        .formatted(heading, heading, scaled);
  }
}
