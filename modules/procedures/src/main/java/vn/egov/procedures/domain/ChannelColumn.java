package vn.egov.procedures.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a channel as the portal's KenhThucHien code (1, 2, 3). */
@Converter
public class ChannelColumn implements AttributeConverter<Channel, Short> {
    @Override
    public Short convertToDatabaseColumn(Channel channel) {
        return channel == null ? null : (short) channel.portalCode();
    }

    @Override
    public Channel convertToEntityAttribute(Short code) {
        return code == null ? null : Channel.ofPortalCode(code);
    }
}
