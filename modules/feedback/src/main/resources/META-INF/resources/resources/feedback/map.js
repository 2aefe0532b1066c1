/*
 * The point of a report on a map (Leaflet). The map is tied to the latitude and longitude fields:
 * a tap on the map fills them, typing in them moves the marker, and the phone's location does both.
 * Element: <div class="report-map" data-tiles data-attribution data-centre data-latitude
 * data-longitude [data-readonly]>.
 */
(function () {
  function field(id) { return id ? document.getElementById(id) : null; }

  function setUp(element) {
    var centre = element.dataset.centre.split(',').map(Number);
    var map = L.map(element, { scrollWheelZoom: false }).setView(centre, 13);
    // Leaflet takes the attribution as HTML; the setting is plain text
    var attribution = document.createElement('span');
    attribution.textContent = element.dataset.attribution || '';
    L.tileLayer(element.dataset.tiles, { maxZoom: 19, attribution: attribution.innerHTML }).addTo(map);
    var latitude = field(element.dataset.latitude);
    var longitude = field(element.dataset.longitude);
    var marker = null;

    function place(lat, lng, pan) {
      if (marker) { marker.setLatLng([lat, lng]); } else { marker = L.marker([lat, lng]).addTo(map); }
      if (pan) { map.setView([lat, lng], Math.max(map.getZoom(), 16)); }
    }
    function fromFields(pan) {
      var lat = latitude ? parseFloat(latitude.value.replace(',', '.')) : NaN;
      var lng = longitude ? parseFloat(longitude.value.replace(',', '.')) : NaN;
      if (isFinite(lat) && isFinite(lng) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180) { place(lat, lng, pan); }
    }
    if (element.dataset.readonly !== undefined) {
      var lat = parseFloat(element.dataset.pointLatitude), lng = parseFloat(element.dataset.pointLongitude);
      if (isFinite(lat) && isFinite(lng)) { place(lat, lng, true); }
      return;
    }
    fromFields(true);
    map.on('click', function (e) {
      latitude.value = e.latlng.lat.toFixed(6);
      longitude.value = e.latlng.lng.toFixed(6);
      place(e.latlng.lat, e.latlng.lng, false);
    });
    [latitude, longitude].forEach(function (input) {
      if (input) { input.addEventListener('change', function () { fromFields(true); }); }
    });
    element.feedbackFromFields = fromFields;
  }

  document.addEventListener('DOMContentLoaded', function () {
    // wired here, not by an onclick attribute: the content security policy forbids inline handlers
    Array.prototype.forEach.call(document.querySelectorAll('.locate-me'), function (button) {
      button.addEventListener('click', function () { feedbackLocate(button); });
    });
    if (typeof L === 'undefined') { return; }
    Array.prototype.forEach.call(document.querySelectorAll('.report-map'), setUp);
  });
})();

/** Fills the coordinate fields with the phone's location and moves the map's marker there. */
function feedbackLocate(button) {
  if (!navigator.geolocation) { return; }
  navigator.geolocation.getCurrentPosition(function (p) {
    document.getElementById('report:latitude').value = p.coords.latitude.toFixed(6);
    document.getElementById('report:longitude').value = p.coords.longitude.toFixed(6);
    var map = document.querySelector('.report-map');
    if (map && map.feedbackFromFields) { map.feedbackFromFields(true); }
  });
}
